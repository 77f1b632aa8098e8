import { db } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors";

/** What the tutor knows on a topic's note page: the course, the topic and the note the student is reading. */
export type NoteGrounding = { course: string; topic: { code: string; title: string }; note: string };

/**
 * The published note of an active topic, or 404: the tutor is offered only where the note is public,
 * and a note taken back to draft takes its tutor with it. From a replica: notes change rarely, and a
 * note published seconds ago is not yet on its page either.
 */
export async function loadNoteGrounding(topicId: string): Promise<NoteGrounding> {
  const topic = await db.topic.findFirst({
    where: { id: topicId, archivedAt: null, course: { archivedAt: null, subject: { archivedAt: null } }, note: { status: "PUBLISHED" } },
    select: { code: true, title: true, course: { select: { name: true } }, note: { select: { body: true } } },
  });
  if (!topic?.note) throw new NotFoundError("There is no published note on this topic.");
  return { course: topic.course.name, topic: { code: topic.code, title: topic.title }, note: topic.note.body };
}
