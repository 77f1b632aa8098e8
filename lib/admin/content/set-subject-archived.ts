import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { auditSnapshot } from "@/lib/admin/content/audit-snapshot";
import { assertAdmin, type AuditContext, type ContentActor } from "@/lib/admin/content/content-actor";
import { formBoolean, rowId } from "@/lib/admin/content/content-fields";
import { parseContentInput } from "@/lib/admin/content/content-validation-error";
import { refreshContentCaches } from "@/lib/admin/content/refresh-content-caches";
import { subjectSnapshot } from "@/lib/admin/content/subject-snapshot";

export const setSubjectArchivedInput = z.object({ id: rowId("a subject"), archived: formBoolean });

/**
 * Archives a subject (its courses disappear from the catalog, course pages and question bank; nothing is
 * deleted, so attempts and progress keep their history) or brings it back.
 */
export async function setSubjectArchived(actor: ContentActor, input: unknown, context: AuditContext = {}): Promise<{ id: string; archived: boolean }> {
  assertAdmin(actor);
  const { id, archived } = parseContentInput(setSubjectArchivedInput, input);
  const courses = await db.$transaction(async (tx) => {
    const before = await tx.subject.findUnique({ where: { id }, select: { ...subjectSnapshot, courses: { select: { slug: true } } } });
    if (!before) throw new NotFoundError("There is no such subject.");
    const { courses, ...beforeRow } = before;
    if (Boolean(beforeRow.archivedAt) === archived) return courses;
    const after = await tx.subject.update({ where: { id }, data: { archivedAt: archived ? new Date() : null }, select: subjectSnapshot });
    await recordAudit(tx, {
      actorId: actor.id,
      action: archived ? "subject.archive" : "subject.unarchive",
      entityType: "subject",
      entityId: id,
      before: auditSnapshot(beforeRow),
      after: auditSnapshot(after),
      ...context,
    });
    return courses;
  });
  await refreshContentCaches({ courseSlugs: courses.map((c) => c.slug) });
  return { id, archived };
}
