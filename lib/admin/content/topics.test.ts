import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { ConflictError } from "@/lib/errors";
import { getCourse, type TopicNode } from "@/lib/catalog/get-course";
import { getStudentDashboard } from "@/lib/dashboard/student-dashboard";
import { archiveTopic } from "./archive-topic";
import type { ContentActor } from "./content-actor";
import { ContentValidationError } from "./content-validation-error";
import { createTopic } from "./create-topic";
import { moveTopic } from "./move-topic";
import { refreshContentCaches } from "./refresh-content-caches";
import { restoreTopic } from "./restore-topic";
import { updateTopic } from "./update-topic";
import { auditEntries } from "@/lib/test-support/audit";
import { rejectionOf } from "@/lib/test-support/rejection";
import { createTestCourse, deleteTestSubject, insertQuestion } from "@/lib/test-support/test-course";
import { createTestUser } from "@/lib/test-support/users";

let admin: ContentActor;
let student: string;
let fixture: Awaited<ReturnType<typeof createTestCourse>>;

/** The stored tree, depth first: [code, depth] in sortOrder, with sortOrder required to be 0..n-1. */
async function storedTree() {
  const topics = await db.$primary().topic.findMany({
    where: { courseId: fixture.course.id },
    orderBy: { sortOrder: "asc" },
    select: { code: true, depth: true, sortOrder: true, parentId: true, id: true },
  });
  expect(topics.map((t) => t.sortOrder)).toEqual(topics.map((_, i) => i));
  const codeOf = new Map(topics.map((t) => [t.id, t.code]));
  return topics.map((t) => `${"  ".repeat(t.depth)}${t.code}${t.parentId ? ` <${codeOf.get(t.parentId)}` : ""}`);
}
/** The tree as students get it (the cached course page data). */
const studentTree = async () => {
  const flat = (nodes: TopicNode[], depth = 0): string[] => nodes.flatMap((n) => [`${"  ".repeat(depth)}${n.code} ${n.title}`, ...flat(n.children, depth + 1)]);
  return flat((await getCourse(fixture.course.slug))!.topics);
};

beforeAll(async () => {
  admin = await createTestUser({ role: "ADMIN" });
  fixture = await createTestCourse();
  student = (
    await db.user.create({
      data: { email: `topics-${fixture.course.slug}@example.test`, onboardedAt: new Date(), enrolments: { create: { courseId: fixture.course.id } } },
    })
  ).id;
});
afterAll(async () => {
  await db.user.deleteMany({ where: { id: { in: [admin.id, student] } } });
  await deleteTestSubject(fixture.subject.id);
});

describe("topic tree", () => {
  it("adds topics at the end of their parent and renumbers the tree depth first", async () => {
    await getCourse(fixture.course.slug); // cached before the change
    const { id } = await createTopic(admin, { courseId: fixture.course.id, parentId: fixture.topics.t1.id, code: "1.3", title: "Energy", hlOnly: "on" });
    await createTopic(admin, { courseId: fixture.course.id, parentId: "", code: "3", title: "Fields" });
    expect(await storedTree()).toEqual(["1", "  1.1 <1", "  1.2 <1", "  1.3 <1", "2", "3"]);
    expect(await studentTree()).toEqual(["1 Mechanics", "  1.1 Kinematics", "  1.2 Forces", "  1.3 Energy", "2 Waves", "3 Fields"]);
    expect(await db.$primary().topic.findUnique({ where: { id }, select: { hlOnly: true } })).toEqual({ hlOnly: true });

    const taken = (await rejectionOf(createTopic(admin, { courseId: fixture.course.id, code: "1.1", title: "Again" }))) as ContentValidationError;
    expect(taken.issues).toEqual([{ path: "code", message: "This course already has a topic 1.1" }]);
  });

  it("moves topics among siblings and to other parents, subtree and all, and students see the new order", async () => {
    const t13 = (await db.$primary().topic.findFirstOrThrow({ where: { courseId: fixture.course.id, code: "1.3" } })).id;
    await moveTopic(admin, { id: t13, move: "up" });
    expect(await storedTree()).toEqual(["1", "  1.1 <1", "  1.3 <1", "  1.2 <1", "2", "3"]);

    await moveTopic(admin, { id: fixture.topics.t1.id, move: "down" });
    expect(await storedTree()).toEqual(["2", "1", "  1.1 <1", "  1.3 <1", "  1.2 <1", "3"]);

    await moveTopic(admin, { id: fixture.topics.t12.id, move: "parent", parentId: fixture.topics.t2.id });
    expect(await storedTree()).toEqual(["2", "  1.2 <2", "1", "  1.1 <1", "  1.3 <1", "3"]);
    await moveTopic(admin, { id: fixture.topics.t11.id, move: "parent", parentId: fixture.topics.t12.id });
    expect(await storedTree()).toEqual(["2", "  1.2 <2", "    1.1 <1.2", "1", "  1.3 <1", "3"]);
    expect(await studentTree()).toEqual(["2 Waves", "  1.2 Forces", "    1.1 Kinematics", "1 Mechanics", "  1.3 Energy", "3 Fields"]);

    // Back to the top level, and nothing moves where there is nowhere to go.
    await moveTopic(admin, { id: fixture.topics.t11.id, move: "parent", parentId: "" });
    expect(await storedTree()).toEqual(["2", "  1.2 <2", "1", "  1.3 <1", "3", "1.1"]);
    expect(await moveTopic(admin, { id: fixture.topics.t2.id, move: "up" })).toMatchObject({ moved: false });

    const cycle = (await rejectionOf(
      moveTopic(admin, { id: fixture.topics.t2.id, move: "parent", parentId: fixture.topics.t12.id }),
    )) as ContentValidationError;
    expect(cycle.issues).toEqual([{ path: "parentId", message: "A topic cannot move under itself or one of its subtopics" }]);

    const moves = (await auditEntries(fixture.topics.t12.id)).filter((a) => a.action === "topic.move");
    expect(moves).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        before: { code: "1.2", parentId: fixture.topics.t1.id, sortOrder: 4, depth: 1 },
        after: { code: "1.2", parentId: fixture.topics.t2.id, sortOrder: 1, depth: 1 },
      }),
    ]);
  });

  it("renames and recodes a topic, on course pages and students' cached dashboards", async () => {
    const before = await getStudentDashboard(student);
    expect(before.courses[0]?.topics.map((t) => t.code)).toContain("1.1");
    await updateTopic(admin, { id: fixture.topics.t11.id, code: "1.9", title: "Motion", hlOnly: false });
    expect(await studentTree()).toContain("1.9 Motion");
    const after = await getStudentDashboard(student);
    expect(after.courses[0]?.topics.find((t) => t.code === "1.9")).toMatchObject({ title: "Motion" });
    expect(await auditEntries(fixture.topics.t11.id)).toContainEqual(
      expect.objectContaining({
        action: "topic.update",
        before: expect.objectContaining({ code: "1.1", title: "Kinematics" }),
        after: expect.objectContaining({ code: "1.9", title: "Motion" }),
      }),
    );
  });

  it("archives a topic with published questions only when confirmed, withdrawing them, and restores it", async () => {
    const question = await insertQuestion(fixture.course.id, fixture.topics.t12.id);
    const draft = await insertQuestion(fixture.course.id, fixture.topics.t2.id, "DRAFT");
    await refreshContentCaches({ courseSlugs: [fixture.course.slug] }); // written behind the admin functions' back
    expect((await getCourse(fixture.course.slug))?.questionCount).toBe(1);

    const refused = await rejectionOf(archiveTopic(admin, { id: fixture.topics.t2.id }));
    expect(refused).toBeInstanceOf(ConflictError);
    expect(refused).toMatchObject({
      status: 409,
      code: "confirmation_required",
      message: "Topic 2 and its subtopics have 1 published question and 0 published flashcards. Confirm to archive them with the topic.",
    });
    expect(await studentTree()).toContain("2 Waves");

    expect(await archiveTopic(admin, { id: fixture.topics.t2.id, confirm: "on" })).toMatchObject({ archivedTopics: 2, archivedQuestions: 1 });
    expect(await studentTree()).toEqual(["1 Mechanics", "  1.3 Energy", "3 Fields", "1.9 Motion"]);
    expect((await getCourse(fixture.course.slug))?.questionCount).toBe(0);
    const statuses = await db.$primary().question.findMany({ where: { id: { in: [question.id, draft.id] } }, select: { id: true, status: true } });
    expect(Object.fromEntries(statuses.map((q) => [q.id, q.status]))).toEqual({ [question.id]: "ARCHIVED", [draft.id]: "DRAFT" });

    const restoreChild = (await rejectionOf(restoreTopic(admin, { id: fixture.topics.t12.id }))) as ContentValidationError;
    expect(restoreChild.issues[0]?.message).toBe("Its parent topic 2 is archived: restore that first");
    expect(await restoreTopic(admin, { id: fixture.topics.t2.id })).toMatchObject({ restoredTopics: 2 });
    expect(await studentTree()).toContain("  1.2 Forces");

    const archived = (await auditEntries(fixture.topics.t2.id)).find((a) => a.action === "topic.archive");
    expect(archived?.after).toMatchObject({
      archivedQuestionIds: [question.id],
      archivedTopicIds: expect.arrayContaining([fixture.topics.t2.id, fixture.topics.t12.id]),
    });
  });

  it("archives an empty topic without asking", async () => {
    expect(await archiveTopic(admin, { id: fixture.topics.t11.id })).toMatchObject({ archivedTopics: 1, archivedQuestions: 0 });
  });
});
