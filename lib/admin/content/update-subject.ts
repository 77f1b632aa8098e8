import { db } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { auditSnapshot } from "@/lib/admin/content/audit-snapshot";
import { assertAdmin, type AuditContext, type ContentActor } from "@/lib/admin/content/content-actor";
import { rowId } from "@/lib/admin/content/content-fields";
import { parseContentInput } from "@/lib/admin/content/content-validation-error";
import { slugTaken, subjectFields } from "@/lib/admin/content/create-subject";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { refreshContentCaches } from "@/lib/admin/content/refresh-content-caches";
import { subjectSnapshot } from "@/lib/admin/content/subject-snapshot";

export const updateSubjectInput = subjectFields.extend({ id: rowId("a subject") });

/** Renames or re-describes a subject; its course pages show the subject's name and description. */
export async function updateSubject(actor: ContentActor, input: unknown, context: AuditContext = {}): Promise<{ id: string; slug: string }> {
  assertAdmin(actor);
  const { id, ...data } = parseContentInput(updateSubjectInput, input);
  const courseSlugs = await db
    .$transaction(async (tx) => {
      const before = await tx.subject.findUnique({ where: { id }, select: { ...subjectSnapshot, courses: { select: { slug: true } } } });
      if (!before) throw new NotFoundError("There is no such subject.");
      const { courses, ...beforeRow } = before;
      const after = await tx.subject.update({ where: { id }, data, select: subjectSnapshot });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "subject.update",
        entityType: "subject",
        entityId: id,
        before: auditSnapshot(beforeRow),
        after: auditSnapshot(after),
        ...context,
      });
      return courses.map((c) => c.slug);
    })
    .catch((err: unknown) => {
      if (isUniqueViolation(err)) throw slugTaken(data.slug);
      throw err;
    });
  await refreshContentCaches({ courseSlugs });
  return { id, slug: data.slug };
}
