import { db } from "@/lib/db/prisma";

export type FlashcardRow = { key: string; courseId: string; topicId: string; front: string; back: string };

/** Creates or updates a flashcard by its key. */
export async function upsertFlashcard(card: FlashcardRow): Promise<string> {
  const { key, ...data } = card;
  const row = await db.flashcard.upsert({ where: { key }, create: card, update: data, select: { id: true } });
  return row.id;
}
