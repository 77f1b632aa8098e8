import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { ForbiddenError } from "@/lib/errors";
import { getCourse } from "@/lib/catalog/get-course";
import { listCatalog } from "@/lib/catalog/list-catalog";
import type { ContentActor } from "./content-actor";
import { ContentValidationError } from "./content-validation-error";
import { createCourse } from "./create-course";
import { createSubject } from "./create-subject";
import { setCourseArchived } from "./set-course-archived";
import { setSubjectArchived } from "./set-subject-archived";
import { updateCourse } from "./update-course";
import { updateSubject } from "./update-subject";
import { auditEntries } from "@/lib/test-support/audit";
import { rejectionOf } from "@/lib/test-support/rejection";
import { deleteTestSubject, uniqueSuffix } from "@/lib/test-support/test-course";
import { createTestUser } from "@/lib/test-support/users";

let admin: ContentActor;
const subjectIds: string[] = [];

const catalogSubject = async (slug: string) => (await listCatalog()).flatMap((g) => g.subjects).find((s) => s.slug === slug);
const newSubject = async () => {
  const slug = `admin-subject-${uniqueSuffix()}`;
  const subject = await createSubject(admin, { slug, name: `Subject ${slug}`, group: "4", description: "A subject made by a test." });
  subjectIds.push(subject.id);
  return subject;
};

beforeAll(async () => {
  admin = await createTestUser({ role: "ADMIN" });
});
afterAll(async () => {
  for (const id of subjectIds) await deleteTestSubject(id);
  await db.user.delete({ where: { id: admin.id } });
});

describe("subjects and courses", () => {
  it("creates, edits, archives and restores them, and the cached catalog and course pages follow at once", async () => {
    await listCatalog(); // the catalog is cached before any of the writes below
    const subject = await newSubject();
    expect(await catalogSubject(subject.slug)).toMatchObject({ name: `Subject ${subject.slug}`, courses: [] });

    const course = await createCourse(admin, { subjectId: subject.id, level: "HL" });
    expect(course.slug).toBe(`${subject.slug}-hl`);
    expect(await getCourse(course.slug)).toMatchObject({ name: `Subject ${subject.slug} HL`, level: "HL", topics: [] });
    expect((await catalogSubject(subject.slug))?.courses.map((c) => c.slug)).toEqual([course.slug]);

    await updateSubject(admin, { id: subject.id, slug: subject.slug, name: "Renamed subject", group: 3, description: "Now in group 3." });
    expect((await getCourse(course.slug))?.subject).toMatchObject({ name: "Renamed subject", group: 3, description: "Now in group 3." });

    const newSlug = `${subject.slug}-higher`;
    await updateCourse(admin, { id: course.id, name: "Renamed HL", slug: newSlug });
    expect(await getCourse(course.slug)).toBeNull();
    expect(await getCourse(newSlug)).toMatchObject({ name: "Renamed HL" });

    await setCourseArchived(admin, { id: course.id, archived: "on" });
    expect(await getCourse(newSlug)).toBeNull();
    expect((await catalogSubject(subject.slug))?.courses).toEqual([]);
    await setCourseArchived(admin, { id: course.id, archived: false });
    expect(await getCourse(newSlug)).toMatchObject({ name: "Renamed HL" });

    await setSubjectArchived(admin, { id: subject.id, archived: true });
    expect(await catalogSubject(subject.slug)).toBeUndefined();
    expect(await getCourse(newSlug)).toBeNull();
    await setSubjectArchived(admin, { id: subject.id, archived: false });
    expect(await getCourse(newSlug)).not.toBeNull();

    const subjectAudit = await auditEntries(subject.id);
    expect(subjectAudit.map((a) => a.action)).toEqual(["subject.create", "subject.update", "subject.archive", "subject.unarchive"]);
    expect(subjectAudit.every((a) => a.actorId === admin.id)).toBe(true);
    expect(subjectAudit[1]).toMatchObject({ before: { name: `Subject ${subject.slug}`, group: 4 }, after: { name: "Renamed subject", group: 3 } });
    const courseAudit = await auditEntries(course.id);
    expect(courseAudit.map((a) => a.action)).toEqual(["course.create", "course.update", "course.archive", "course.unarchive"]);
    expect(courseAudit[1]).toMatchObject({ before: { slug: course.slug }, after: { slug: newSlug, name: "Renamed HL" } });
  });

  it("reports taken slugs, a second course at the same level and bad fields against the field", async () => {
    const subject = await newSubject();
    const taken = await rejectionOf(createSubject(admin, { slug: subject.slug, name: "Again", group: 4, description: "Again." }));
    expect(taken).toBeInstanceOf(ContentValidationError);
    expect((taken as ContentValidationError).issues).toEqual([{ path: "slug", message: `The slug "${subject.slug}" is already used` }]);

    const bad = (await rejectionOf(createSubject(admin, { slug: "Not A Slug", name: "", group: "7", description: "x" }))) as ContentValidationError;
    expect(bad.status).toBe(400);
    expect(bad.issues.map((i) => i.path).sort()).toEqual(["group", "name", "slug"]);
    expect(bad.issues.find((i) => i.path === "group")?.message).toBe("Subject group must be a whole number from 1 to 6");

    await createCourse(admin, { subjectId: subject.id, level: "SL" });
    const twice = (await rejectionOf(createCourse(admin, { subjectId: subject.id, level: "SL" }))) as ContentValidationError;
    expect(twice.issues).toEqual([{ path: "level", message: `Subject ${subject.slug} already has an SL course` }]);
  });

  it("refuses anyone but an admin, before touching anything", async () => {
    const teacher = await createTestUser({ role: "TEACHER" });
    const slug = `admin-subject-${uniqueSuffix()}`;
    expect(await rejectionOf(createSubject(teacher, { slug, name: "No", group: 1, description: "No." }))).toBeInstanceOf(ForbiddenError);
    expect(await db.$primary().subject.findUnique({ where: { slug } })).toBeNull();
    await db.user.delete({ where: { id: teacher.id } });
  });
});
