import { db } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { auditSnapshot } from "@/lib/admin/content/audit-snapshot";
import { assertAdmin, type AuditContext, type ContentActor } from "@/lib/admin/content/content-actor";
import { rowId } from "@/lib/admin/content/content-fields";
import { parseContentInput, throwIfIssues } from "@/lib/admin/content/content-validation-error";
import { checkFlashcard, flashcardFields, flashcardSnapshot } from "@/lib/admin/content/flashcard-fields";
import { refreshContentCaches } from "@/lib/admin/content/refresh-content-caches";

export const updateFlashcardInput = flashcardFields.extend({ id: rowId("a flashcard") });

/** Edits a flashcard's faces or topic; a published card changes in review queues on the next request. */
export async function updateFlashcard(actor: ContentActor, input: unknown, context: AuditContext = {}): Promise<{ id: string; status: string }> {
  assertAdmin(actor);
  const { id, ...fields } = parseContentInput(updateFlashcardInput, input);
  const saved = await db.$transaction(async (tx) => {
    const before = await tx.flashcard.findUnique({ where: { id }, select: { ...flashcardSnapshot, course: { select: { slug: true } } } });
    if (!before) throw new NotFoundError("There is no such flashcard.");
    const { course, ...beforeRow } = before;
    throwIfIssues(await checkFlashcard(tx, beforeRow.courseId, fields));
    const after = await tx.flashcard.update({ where: { id }, data: fields, select: flashcardSnapshot });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "flashcard.update",
      entityType: "flashcard",
      entityId: id,
      before: auditSnapshot(beforeRow),
      after: auditSnapshot(after),
      ...context,
    });
    return { status: after.status, slug: course.slug };
  });
  if (saved.status === "PUBLISHED") await refreshContentCaches({ courseSlugs: [saved.slug] });
  return { id, status: saved.status };
}
