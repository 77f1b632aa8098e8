import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { auditSnapshot } from "@/lib/admin/content/audit-snapshot";
import { assertAdmin, type AuditContext, type ContentActor } from "@/lib/admin/content/content-actor";
import { formBoolean, rowId } from "@/lib/admin/content/content-fields";
import { courseSnapshot } from "@/lib/admin/content/course-snapshot";
import { parseContentInput } from "@/lib/admin/content/content-validation-error";
import { refreshContentCaches } from "@/lib/admin/content/refresh-content-caches";

export const setCourseArchivedInput = z.object({ id: rowId("a course"), archived: formBoolean });

/**
 * Archives a course (gone from the catalog, its page and the question bank; enrolments, attempts and
 * progress stay) or brings it back.
 */
export async function setCourseArchived(actor: ContentActor, input: unknown, context: AuditContext = {}): Promise<{ id: string; archived: boolean }> {
  assertAdmin(actor);
  const { id, archived } = parseContentInput(setCourseArchivedInput, input);
  const slug = await db.$transaction(async (tx) => {
    const before = await tx.course.findUnique({ where: { id }, select: courseSnapshot });
    if (!before) throw new NotFoundError("There is no such course.");
    if (Boolean(before.archivedAt) === archived) return before.slug;
    const after = await tx.course.update({ where: { id }, data: { archivedAt: archived ? new Date() : null }, select: courseSnapshot });
    await recordAudit(tx, {
      actorId: actor.id,
      action: archived ? "course.archive" : "course.unarchive",
      entityType: "course",
      entityId: id,
      before: auditSnapshot(before),
      after: auditSnapshot(after),
      ...context,
    });
    return before.slug;
  });
  await refreshContentCaches({ courseSlugs: [slug] });
  return { id, archived };
}
