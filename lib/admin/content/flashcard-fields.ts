import { z } from "zod";
import type { DbTransaction } from "@/lib/db/prisma";
import { requiredText, rowId } from "@/lib/admin/content/content-fields";
import type { FieldIssue } from "@/lib/admin/content/content-validation-error";
import { describeLatexErrors, findLatexErrors } from "@/lib/latex/find-latex-errors";

export const flashcardFields = z.object({
  topicId: rowId("a topic"),
  /** Markdown + LaTeX: the prompt. */
  front: requiredText(2_000, "Write the front of the card"),
  /** Markdown + LaTeX: the answer. */
  back: requiredText(4_000, "Write the back of the card"),
});
export type FlashcardFields = z.output<typeof flashcardFields>;

export const flashcardSnapshot = { id: true, key: true, courseId: true, topicId: true, front: true, back: true, status: true } as const;

/** LaTeX that renders on both faces, on an active topic of the card's course. */
export async function checkFlashcard(tx: DbTransaction, courseId: string, fields: FlashcardFields): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  for (const path of ["front", "back"] as const) {
    const message = describeLatexErrors(findLatexErrors(fields[path]));
    if (message) issues.push({ path, message });
  }
  const topic = await tx.topic.findUnique({ where: { id: fields.topicId }, select: { courseId: true, code: true, archivedAt: true } });
  if (!topic || topic.courseId !== courseId) issues.unshift({ path: "topicId", message: "Choose a topic of this card's course" });
  else if (topic.archivedAt) issues.unshift({ path: "topicId", message: `Topic ${topic.code} is archived: choose an active topic` });
  return issues;
}
