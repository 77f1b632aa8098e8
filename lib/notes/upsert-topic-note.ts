import { db } from "@/lib/db/prisma";

export type TopicNoteRow = { key: string; topicId: string; body: string };

/**
 * Creates or updates a seeded note by its key, published; returns its id, or null when the topic's note
 * was written in the app (no key) and the seed leaves it alone. A note re-keyed in the seed files
 * replaces the seed's older note on that topic.
 */
export async function upsertTopicNote(note: TopicNoteRow): Promise<string | null> {
  return db.$transaction(async (tx) => {
    const current = await tx.topicNote.findUnique({ where: { topicId: note.topicId }, select: { id: true, key: true, body: true } });
    if (current && current.key === null) return null;
    if (current && current.key === note.key) {
      if (current.body !== note.body)
        await tx.topicNote.update({ where: { id: current.id }, data: { body: note.body, status: "PUBLISHED", version: { increment: 1 } } });
      return current.id;
    }
    if (current) await tx.topicNote.delete({ where: { id: current.id } });
    const row = await tx.topicNote.upsert({
      where: { key: note.key },
      create: { ...note, status: "PUBLISHED" },
      update: { body: note.body, topicId: note.topicId, status: "PUBLISHED", version: { increment: 1 } },
      select: { id: true },
    });
    return row.id;
  });
}
