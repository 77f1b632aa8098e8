import { db } from "@/lib/db/prisma";

export type EditorFlashcard = {
  id: string;
  key: string;
  courseId: string;
  topicId: string;
  front: string;
  back: string;
  status: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  course: { slug: string; name: string };
};

/** A flashcard in any status for the editor, or null. */
export async function getFlashcardForEditor(id: string): Promise<EditorFlashcard | null> {
  return db.$primary().flashcard.findUnique({
    where: { id },
    select: { id: true, key: true, courseId: true, topicId: true, front: true, back: true, status: true, course: { select: { slug: true, name: true } } },
  });
}
