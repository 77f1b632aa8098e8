import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { courseSlug, levels } from "@/lib/catalog/catalog-input";
import { auditSnapshot } from "@/lib/admin/content/audit-snapshot";
import { assertAdmin, type AuditContext, type ContentActor } from "@/lib/admin/content/content-actor";
import { optionalText, rowId } from "@/lib/admin/content/content-fields";
import { courseSnapshot } from "@/lib/admin/content/course-snapshot";
import { ContentValidationError, parseContentInput } from "@/lib/admin/content/content-validation-error";
import { subjectSlug } from "@/lib/admin/content/create-subject";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { refreshContentCaches } from "@/lib/admin/content/refresh-content-caches";

export const createCourseInput = z.object({
  subjectId: rowId("a subject"),
  level: z.enum(levels, { error: "Choose SL or HL" }),
  /** Defaults to "<subject> SL|HL". */
  name: optionalText(120),
  /** Defaults to "<subject-slug>-sl|hl", the convention the seed and course URLs follow. */
  slug: z.preprocess((v) => (v === "" ? undefined : v), subjectSlug.optional()),
});

/** Adds a course (one level of a subject) with an empty topic tree. */
export async function createCourse(actor: ContentActor, input: unknown, context: AuditContext = {}): Promise<{ id: string; slug: string }> {
  assertAdmin(actor);
  const data = parseContentInput(createCourseInput, input);
  const course = await db
    .$transaction(async (tx) => {
      const subject = await tx.subject.findUnique({ where: { id: data.subjectId }, select: { id: true, slug: true, name: true } });
      if (!subject) throw new NotFoundError("There is no such subject.");
      const slug = data.slug ?? courseSlug(subject.slug, data.level);
      const taken = await tx.course.findFirst({
        where: { OR: [{ slug }, { subjectId: subject.id, level: data.level }] },
        select: { slug: true, level: true, subjectId: true },
      });
      if (taken?.subjectId === subject.id && taken.level === data.level) {
        throw new ContentValidationError([{ path: "level", message: `${subject.name} already has an ${data.level} course` }]);
      }
      if (taken) throw new ContentValidationError([{ path: "slug", message: `The slug "${slug}" is already used` }]);
      const row = await tx.course.create({
        data: { subjectId: subject.id, level: data.level, slug, name: data.name ?? `${subject.name} ${data.level}` },
        select: courseSnapshot,
      });
      await recordAudit(tx, { actorId: actor.id, action: "course.create", entityType: "course", entityId: row.id, after: auditSnapshot(row), ...context });
      return row;
    })
    .catch((err: unknown) => {
      // Two admins adding the same course at once: the unique index decides, with the same message.
      if (isUniqueViolation(err)) throw new ContentValidationError([{ path: "slug", message: "This course already exists" }]);
      throw err;
    });
  await refreshContentCaches({ courseSlugs: [course.slug] });
  return { id: course.id, slug: course.slug };
}
