import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { getCourse } from "@/lib/catalog/get-course";
import { getTopicNote } from "@/lib/notes/get-topic-note";
import { upsertTopicNote } from "@/lib/notes/upsert-topic-note";
import type { ContentActor } from "./content-actor";
import { ContentValidationError } from "./content-validation-error";
import { saveTopicNote } from "./save-topic-note";
import { auditEntries } from "@/lib/test-support/audit";
import { rejectionOf } from "@/lib/test-support/rejection";
import { createTestCourse, deleteTestSubject } from "@/lib/test-support/test-course";
import { createTestUser } from "@/lib/test-support/users";

let admin: ContentActor;
let fixture: Awaited<ReturnType<typeof createTestCourse>>;
const body = (words: string) => `${words} `.repeat(60).trim();
const courseTopic = async (code: string) => (await getCourse(fixture.course.slug))!.topics.flatMap((t) => [t, ...t.children]).find((t) => t.code === code)!;

beforeAll(async () => {
  admin = await createTestUser({ role: "ADMIN" });
  fixture = await createTestCourse();
});
afterAll(async () => {
  await db.topicNote.deleteMany({ where: { topic: { courseId: fixture.course.id } } });
  await db.auditLog.deleteMany({ where: { actorId: admin.id } });
  await db.user.delete({ where: { id: admin.id } });
  await deleteTestSubject(fixture.subject.id);
});

// Reads of what a test just wrote go to the primary: the replica may not have replayed it yet.
describe("saveTopicNote", () => {
  it("creates a draft that visitors cannot see, publishes it onto the course page and the note page, and audits each step", async () => {
    const topicId = fixture.topics.t11.id;
    const draft = await saveTopicNote(admin, { topicId, body: body("Velocity is the rate of change of displacement.") });
    expect(draft).toMatchObject({ status: "DRAFT", version: 1, changed: true });
    expect(await getTopicNote(fixture.course.slug, "1.1")).toBeNull();
    expect((await courseTopic("1.1")).hasNote).toBe(false);

    const published = await saveTopicNote(admin, { topicId, body: body("Velocity is the rate of change of displacement."), version: 1, intent: "publish" });
    expect(published).toMatchObject({ status: "PUBLISHED", version: 2, changed: true });
    expect((await getTopicNote(fixture.course.slug, "1.1"))?.body).toContain("Velocity is the rate");
    expect((await courseTopic("1.1")).hasNote).toBe(true);

    expect(await saveTopicNote(admin, { topicId, body: body("Velocity is the rate of change of displacement."), version: 2 })).toMatchObject({
      changed: false,
      version: 2,
    });
    expect((await auditEntries(topicId)).map((e) => e.action)).toEqual(["topic-note.create", "topic-note.publish"]);
  });

  it("refuses a save over a newer version, a formula KaTeX cannot draw, a short note, a student and an unknown topic", async () => {
    const topicId = fixture.topics.t12.id;
    await saveTopicNote(admin, { topicId, body: body("Newton's second law: $F = ma$.") });
    expect(await rejectionOf(saveTopicNote(admin, { topicId, body: body("An older tab."), version: 7 }))).toBeInstanceOf(ConflictError);
    const latex = await rejectionOf(saveTopicNote(admin, { topicId, body: body("Broken $\\frac{1}{$ formula.") }));
    expect(latex).toBeInstanceOf(ContentValidationError);
    expect((latex as ContentValidationError).issues[0]?.path).toBe("body");
    const short = await rejectionOf(saveTopicNote(admin, { topicId, body: "Too short." }));
    expect((short as ContentValidationError).issues.map((i) => i.path)).toEqual(["body"]);
    expect(await rejectionOf(saveTopicNote({ id: admin.id, role: "STUDENT" }, { topicId, body: body("x") }))).toBeInstanceOf(ForbiddenError);
    expect(
      await rejectionOf(saveTopicNote(admin, { topicId: "00000000-0000-7000-8000-000000000000", body: body("A note for a topic that does not exist.") })),
    ).toBeInstanceOf(NotFoundError);
    expect((await db.$primary().topicNote.findUnique({ where: { topicId } }))?.body).toContain("Newton's second law");
  });

  it("takes a seeded note out of the seed once an admin edits it, so re-seeding keeps the edit", async () => {
    const topicId = fixture.topics.t2.id;
    await upsertTopicNote({ key: `test-note-${fixture.course.slug}`, topicId, body: body("Seeded text about waves.") });
    const seeded = await db.$primary().topicNote.findUniqueOrThrow({ where: { topicId } });
    await saveTopicNote(admin, { topicId, body: body("The admin's text about waves."), version: seeded.version });
    expect(await upsertTopicNote({ key: `test-note-${fixture.course.slug}`, topicId, body: body("Seeded text about waves.") })).toBeNull();
    expect((await db.$primary().topicNote.findUniqueOrThrow({ where: { topicId } })).body).toContain("The admin's text");
  });
});
