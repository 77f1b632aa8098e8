import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { auditSnapshot } from "@/lib/admin/content/audit-snapshot";
import { assertAdmin, type AuditContext, type ContentActor } from "@/lib/admin/content/content-actor";
import { requiredText, rowId } from "@/lib/admin/content/content-fields";
import { courseSnapshot } from "@/lib/admin/content/course-snapshot";
import { ContentValidationError, parseContentInput } from "@/lib/admin/content/content-validation-error";
import { subjectSlug } from "@/lib/admin/content/create-subject";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { refreshContentCaches } from "@/lib/admin/content/refresh-content-caches";

export const updateCourseInput = z.object({
  id: rowId("a course"),
  name: requiredText(120, "Enter the course's name"),
  slug: subjectSlug,
});

/**
 * Renames a course or changes its URL slug. A new slug moves the course page; the old page is dropped
 * from every cache along with the new one.
 */
export async function updateCourse(actor: ContentActor, input: unknown, context: AuditContext = {}): Promise<{ id: string; slug: string }> {
  assertAdmin(actor);
  const { id, ...data } = parseContentInput(updateCourseInput, input);
  const before = await db
    .$transaction(async (tx) => {
      const row = await tx.course.findUnique({ where: { id }, select: courseSnapshot });
      if (!row) throw new NotFoundError("There is no such course.");
      const after = await tx.course.update({ where: { id }, data, select: courseSnapshot });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "course.update",
        entityType: "course",
        entityId: id,
        before: auditSnapshot(row),
        after: auditSnapshot(after),
        ...context,
      });
      return row;
    })
    .catch((err: unknown) => {
      if (isUniqueViolation(err)) throw new ContentValidationError([{ path: "slug", message: `The slug "${data.slug}" is already used` }]);
      throw err;
    });
  await refreshContentCaches({ courseSlugs: [before.slug, data.slug], dashboardCourseIds: before.name === data.name && before.slug === data.slug ? [] : [id] });
  return { id, slug: data.slug };
}
