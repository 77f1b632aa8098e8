import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { ForbiddenError } from "@/lib/errors";
import { getCourse } from "@/lib/catalog/get-course";
import { loadNewFlashcards } from "@/lib/flashcards/load-new-flashcards";
import type { ContentActor } from "./content-actor";
import { ContentValidationError } from "./content-validation-error";
import { createFlashcard } from "./create-flashcard";
import { adminFlashcardQuery, listAdminFlashcards } from "./list-admin-flashcards";
import { archiveFlashcard, publishFlashcard, unpublishFlashcard } from "./set-flashcard-status";
import { updateFlashcard } from "./update-flashcard";
import { auditEntries } from "@/lib/test-support/audit";
import { rejectionOf } from "@/lib/test-support/rejection";
import { createTestCourse, deleteTestSubject, uniqueSuffix } from "@/lib/test-support/test-course";
import { createTestUser } from "@/lib/test-support/users";

let admin: ContentActor;
let student: string;
let fixture: Awaited<ReturnType<typeof createTestCourse>>;

const studentCards = async () => (await loadNewFlashcards(student, [fixture.course.id], 10)).cards.map((c) => [c.front, c.back]);

beforeAll(async () => {
  admin = await createTestUser({ role: "ADMIN" });
  student = (await createTestUser({ role: "STUDENT" })).id;
  fixture = await createTestCourse();
});
afterAll(async () => {
  await db.user.deleteMany({ where: { id: { in: [admin.id, student] } } });
  await deleteTestSubject(fixture.subject.id);
});

describe("flashcards", () => {
  it("are drafts until published, then reach review queues and the course page, and leave them when archived", async () => {
    expect((await getCourse(fixture.course.slug))?.flashcardCount).toBe(0);
    const key = `test-card-${uniqueSuffix()}`;
    const { id } = await createFlashcard(admin, {
      courseId: fixture.course.id,
      key,
      topicId: fixture.topics.t11.id,
      front: "Define $v$.",
      back: "Rate of change of displacement.",
    });
    expect(await studentCards()).toEqual([]);

    await publishFlashcard(admin, { id });
    expect(await studentCards()).toEqual([["Define $v$.", "Rate of change of displacement."]]);
    expect((await getCourse(fixture.course.slug))?.flashcardCount).toBe(1);

    await updateFlashcard(admin, { id, topicId: fixture.topics.t12.id, front: "Define $\\vec{v}$.", back: "Velocity: $\\frac{ds}{dt}$." });
    expect(await studentCards()).toEqual([["Define $\\vec{v}$.", "Velocity: $\\frac{ds}{dt}$."]]);

    await unpublishFlashcard(admin, { id });
    expect(await studentCards()).toEqual([]);
    await publishFlashcard(admin, { id });
    await archiveFlashcard(admin, { id });
    expect(await studentCards()).toEqual([]);
    expect((await getCourse(fixture.course.slug))?.flashcardCount).toBe(0);

    const audit = await auditEntries(id);
    expect(audit.map((a) => a.action)).toEqual([
      "flashcard.create",
      "flashcard.publish",
      "flashcard.update",
      "flashcard.unpublish",
      "flashcard.publish",
      "flashcard.archive",
    ]);
    expect(audit[2]).toMatchObject({
      before: { front: "Define $v$.", topicId: fixture.topics.t11.id },
      after: { front: "Define $\\vec{v}$.", topicId: fixture.topics.t12.id },
    });
  });

  it("reports invalid LaTeX, missing faces and taken keys by field", async () => {
    const err = (await rejectionOf(
      createFlashcard(admin, { courseId: fixture.course.id, key: `test-card-${uniqueSuffix()}`, topicId: fixture.topics.t1.id, front: "$\\sqrt{$", back: "" }),
    )) as ContentValidationError;
    expect(err.issues).toEqual([{ path: "back", message: "Write the back of the card" }]);
    const latex = (await rejectionOf(
      createFlashcard(admin, {
        courseId: fixture.course.id,
        key: `test-card-${uniqueSuffix()}`,
        topicId: fixture.topics.t1.id,
        front: "$\\sqrt{$",
        back: "ok",
      }),
    )) as ContentValidationError;
    expect(latex.issues.map((i) => i.path)).toEqual(["front"]);
    const key = `test-card-${uniqueSuffix()}`;
    await createFlashcard(admin, { courseId: fixture.course.id, key, topicId: fixture.topics.t1.id, front: "a", back: "b" });
    const taken = (await rejectionOf(
      createFlashcard(admin, { courseId: fixture.course.id, key, topicId: fixture.topics.t1.id, front: "a", back: "b" }),
    )) as ContentValidationError;
    expect(taken.issues).toEqual([{ path: "key", message: `The key ${key} is already used by another flashcard` }]);
  });

  it("lists a course's cards by status and search, and is for admins only", async () => {
    const list = async (query: Record<string, string>) => (await listAdminFlashcards(adminFlashcardQuery.parse({ course: fixture.course.id, ...query }))).items;
    expect((await list({ status: "ARCHIVED" })).map((c) => c.front)).toEqual(["Define $\\vec{v}$."]);
    expect((await list({ q: "VELOCITY" })).map((c) => c.status)).toEqual(["ARCHIVED"]);
    expect(await rejectionOf(createFlashcard({ id: student, role: "STUDENT" }, {}))).toBeInstanceOf(ForbiddenError);
  });
});
