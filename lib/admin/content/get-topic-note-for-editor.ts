import { db } from "@/lib/db/prisma";

export type EditorTopicNote = {
  topic: { id: string; code: string; title: string; courseId: string; course: { name: string; slug: string } };
  note: { body: string; status: "DRAFT" | "PUBLISHED" | "ARCHIVED"; version: number; seeded: boolean; updatedAt: Date } | null;
};

/** A topic and its note (any status) for the admin editor, from the primary: the editor shows what was just saved. */
export async function getTopicNoteForEditor(topicId: string): Promise<EditorTopicNote | null> {
  const topic = await db.$primary().topic.findFirst({
    where: { id: topicId, archivedAt: null },
    select: {
      id: true,
      code: true,
      title: true,
      courseId: true,
      course: { select: { name: true, slug: true } },
      note: { select: { body: true, status: true, version: true, key: true, updatedAt: true } },
    },
  });
  if (!topic) return null;
  const { note, ...rest } = topic;
  return {
    topic: rest,
    note: note ? { body: note.body, status: note.status, version: note.version, seeded: note.key !== null, updatedAt: note.updatedAt } : null,
  };
}
