import { db } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { auditSnapshot } from "@/lib/admin/content/audit-snapshot";
import { assertAdmin, type AuditContext, type ContentActor } from "@/lib/admin/content/content-actor";
import { contentKey, rowId } from "@/lib/admin/content/content-fields";
import { ContentValidationError, parseContentInput, throwIfIssues } from "@/lib/admin/content/content-validation-error";
import { checkFlashcard, flashcardFields, flashcardSnapshot } from "@/lib/admin/content/flashcard-fields";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";

export const createFlashcardInput = flashcardFields.extend({ courseId: rowId("a course"), key: contentKey });

const keyTaken = (key: string) => new ContentValidationError([{ path: "key", message: `The key ${key} is already used by another flashcard` }]);

/** Creates a flashcard as a draft: it reaches students' review queues once published. */
export async function createFlashcard(actor: ContentActor, input: unknown, context: AuditContext = {}): Promise<{ id: string; key: string; status: "DRAFT" }> {
  assertAdmin(actor);
  const { courseId, key, ...fields } = parseContentInput(createFlashcardInput, input);
  return db
    .$transaction(async (tx) => {
      if (!(await tx.course.findUnique({ where: { id: courseId }, select: { id: true } }))) throw new NotFoundError("There is no such course.");
      throwIfIssues(await checkFlashcard(tx, courseId, fields));
      if (await tx.flashcard.findUnique({ where: { key }, select: { id: true } })) throw keyTaken(key);
      const row = await tx.flashcard.create({ data: { key, courseId, ...fields, status: "DRAFT" }, select: flashcardSnapshot });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "flashcard.create",
        entityType: "flashcard",
        entityId: row.id,
        after: auditSnapshot(row),
        ...context,
      });
      return { id: row.id, key, status: "DRAFT" as const };
    })
    .catch((err: unknown) => {
      if (isUniqueViolation(err)) throw keyTaken(key);
      throw err;
    });
}
