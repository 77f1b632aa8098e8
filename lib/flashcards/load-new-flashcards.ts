import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";

export type NewFlashcard = { flashcardId: string; courseId: string; topic: { code: string; title: string }; front: string; back: string };

type Row = { id: string; course_id: string; code: string; title: string; front: string; back: string; available: number };

/**
 * The next flashcards the student has never seen, in syllabus order (a topic's depth-first sortOrder,
 * then the card key), and how many unseen cards there are in all — in ONE statement. Courses are
 * interleaved by position in their syllabus, so a student of three subjects starts all three.
 */
export async function loadNewFlashcards(userId: string, courseIds: string[], limit: number): Promise<{ cards: NewFlashcard[]; available: number }> {
  if (!courseIds.length) return { cards: [], available: 0 };
  // limit ≥ 1 even when none are wanted: the window count still says whether unseen cards remain.
  const rows = await db.$primary().$queryRaw<Row[]>(Prisma.sql`
    select f.id, f.course_id, t.code, t.title, f.front, f.back, count(*) over ()::int as available
    from flashcards f
    join topics t on t.id = f.topic_id
    where f.course_id = any(${courseIds}::uuid[])
      and f.status = 'PUBLISHED'
      and not exists (select 1 from card_states cs where cs.user_id = ${userId}::uuid and cs.flashcard_id = f.id)
    order by t.sort_order, f.key
    limit ${Math.max(1, limit)}`);
  return {
    cards: rows
      .slice(0, Math.max(0, limit))
      .map((r) => ({ flashcardId: r.id, courseId: r.course_id, topic: { code: r.code, title: r.title }, front: r.front, back: r.back })),
    available: rows[0]?.available ?? 0,
  };
}
