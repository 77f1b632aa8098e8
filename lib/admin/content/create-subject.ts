import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { recordAudit } from "@/lib/audit/record-audit";
import { auditSnapshot } from "@/lib/admin/content/audit-snapshot";
import { assertAdmin, type AuditContext, type ContentActor } from "@/lib/admin/content/content-actor";
import { requiredText, wholeNumber } from "@/lib/admin/content/content-fields";
import { ContentValidationError, parseContentInput } from "@/lib/admin/content/content-validation-error";
import { subjectSnapshot } from "@/lib/admin/content/subject-snapshot";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { refreshContentCaches } from "@/lib/admin/content/refresh-content-caches";

export const subjectSlug = z
  .string({ error: "Enter a slug" })
  .trim()
  .max(60, "Keep the slug under 60 characters")
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Use lower-case words joined by hyphens, e.g. physics or math-aa");

export const subjectFields = z.object({
  slug: subjectSlug,
  name: requiredText(120, "Enter the subject's name"),
  group: wholeNumber(1, 6, "Subject group"),
  description: requiredText(600, "Describe the subject in a sentence or two"),
});
export const createSubjectInput = subjectFields;

export const slugTaken = (slug: string) => new ContentValidationError([{ path: "slug", message: `The slug "${slug}" is already used` }]);

/** Creates a subject (no courses yet: those are added one level at a time). */
export async function createSubject(actor: ContentActor, input: unknown, context: AuditContext = {}): Promise<{ id: string; slug: string }> {
  assertAdmin(actor);
  const data = parseContentInput(createSubjectInput, input);
  const subject = await db
    .$transaction(async (tx) => {
      const row = await tx.subject.create({ data, select: subjectSnapshot });
      await recordAudit(tx, { actorId: actor.id, action: "subject.create", entityType: "subject", entityId: row.id, after: auditSnapshot(row), ...context });
      return row;
    })
    .catch((err: unknown) => {
      if (isUniqueViolation(err)) throw slugTaken(data.slug);
      throw err;
    });
  // A subject shows in the catalog (and the landing page's figures) even before it has courses.
  await refreshContentCaches({ courseSlugs: [] });
  return { id: subject.id, slug: subject.slug };
}
