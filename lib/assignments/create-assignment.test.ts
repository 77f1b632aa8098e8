import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { auditEntries } from "@/lib/test-support/audit";
import { publishedQuestions } from "@/lib/test-support/questions";
import { rejectionOf } from "@/lib/test-support/rejection";
import { createTestClass, deleteTestClass, type TestClass } from "@/lib/test-support/test-class";
import { archiveAssignment } from "./archive-assignment";
import type { CreateAssignmentInput } from "./assignment-input";
import { createAssignment } from "./create-assignment";

const now = new Date("2026-03-20T12:00:00Z");
let mine: TestClass;
let other: TestClass;
let questions: Awaited<ReturnType<typeof publishedQuestions>>;
let flashcardTopicId: string;

const teacherOf = (c: TestClass) => ({ id: c.teacher.id, role: "TEACHER" as const });
const base = (c: TestClass) => ({ classId: c.id, title: "Kinematics", releaseAt: "2026-03-27T08:00", dueAt: "2026-03-30T09:00", timezone: "Europe/London" });
const status = (e: unknown) => (e as AppError).status;

beforeAll(async () => {
  [mine, other] = await Promise.all([createTestClass({ students: 1 }), createTestClass({ students: 1 })]);
  questions = await publishedQuestions("physics-sl");
  const card = await db.flashcard.findFirstOrThrow({ where: { courseId: mine.courseId, status: "PUBLISHED" }, select: { topicId: true } });
  flashcardTopicId = card.topicId;
});
afterAll(async () => {
  await Promise.all([deleteTestClass(mine), deleteTestClass(other)]);
});

describe("createAssignment", () => {
  it("stores hand-picked questions (ids or keys, in the teacher's order) with release and due as instants, and audits it", async () => {
    const [a, b] = questions;
    const input: CreateAssignmentInput = { ...base(mine), kind: "QUESTIONS", questions: { source: "picked", refs: [b!.key, a!.id] } };
    const { id } = await createAssignment(teacherOf(mine), input, { ip: "203.0.113.1", requestId: "req-1" }, { now });
    const row = await db.$primary().assignment.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ classId: mine.id, kind: "QUESTIONS", questionIds: [b!.id, a!.id], createdById: mine.teacher.id, timezone: "Europe/London" });
    // 27 March is GMT; 30 March is after London's clocks went forward (29 March): BST.
    expect(row.releaseAt.toISOString()).toBe("2026-03-27T08:00:00.000Z");
    expect(row.dueAt.toISOString()).toBe("2026-03-30T08:00:00.000Z");
    const [entry] = await auditEntries(id);
    expect(entry).toMatchObject({
      actorId: mine.teacher.id,
      action: "assignment.create",
      after: { classId: mine.id, kind: "QUESTIONS", dueAt: "2026-03-30T08:00:00.000Z" },
    });
    const full = await db.$primary().auditLog.findFirstOrThrow({ where: { entityId: id } });
    expect(full).toMatchObject({ ip: "203.0.113.1", requestId: "req-1", entityType: "assignment" });
  });

  it("fixes a bank filter to an ordered list of at most the count asked for", async () => {
    const { id } = await createAssignment(
      teacherOf(mine),
      { ...base(mine), kind: "QUESTIONS", questions: { source: "filter", filter: { paper: "P1A", type: "MCQ", count: 5 } } },
      {},
      { now },
    );
    const row = await db.$primary().assignment.findUniqueOrThrow({ where: { id } });
    expect(row.questionIds).toHaveLength(5);
    expect(row.filters).toMatchObject({ source: "filter", paper: "P1A", type: "MCQ", count: 5 });
    const picked = await db.$primary().question.findMany({ where: { id: { in: row.questionIds } }, select: { courseId: true, paper: true } });
    expect(picked.every((q) => q.courseId === mine.courseId && q.paper === "P1A")).toBe(true);
  });

  it("stores a mock paper the course has and flashcard topics with cards", async () => {
    const mock = await createAssignment(teacherOf(mine), { ...base(mine), kind: "MOCK", paper: "P2" }, {}, { now });
    expect(await db.$primary().assignment.findUniqueOrThrow({ where: { id: mock.id } })).toMatchObject({ kind: "MOCK", paper: "P2" });
    const cards = await createAssignment(teacherOf(mine), { ...base(mine), kind: "FLASHCARDS", topicIds: [flashcardTopicId] }, {}, { now });
    expect(await db.$primary().assignment.findUniqueOrThrow({ where: { id: cards.id } })).toMatchObject({ kind: "FLASHCARDS", topicIds: [flashcardTopicId] });
  });

  it("refuses bad work with a 400 that says what is wrong", async () => {
    const teacher = teacherOf(mine);
    const bad = async (input: unknown) => (await rejectionOf(createAssignment(teacher, input as CreateAssignmentInput, {}, { now }))) as AppError;
    const otherCourse = await db.question.findFirstOrThrow({ where: { status: "PUBLISHED", courseId: { not: mine.courseId } }, select: { key: true } });
    expect(await bad({ ...base(mine), kind: "QUESTIONS", questions: { source: "picked", refs: [otherCourse.key] } })).toMatchObject({
      status: 400,
      code: "unknown_questions",
    });
    expect((await bad({ ...base(mine), kind: "MOCK", paper: "P3" })).message).toMatch(/has no P3/);
    expect((await bad({ ...base(mine), kind: "FLASHCARDS", topicIds: [crypto.randomUUID()] })).status).toBe(400);
    expect((await bad({ ...base(mine), kind: "MOCK", paper: "P2", dueAt: "2026-03-27T08:00" })).code).toBe("due_before_release");
    expect((await bad({ ...base(mine), kind: "MOCK", paper: "P2", releaseAt: "2026-03-01T08:00", dueAt: "2026-03-19T08:00" })).code).toBe("due_in_past");
    expect((await bad({ ...base(mine), kind: "MOCK", paper: "P2", timezone: "Mars/Base" })).message).toMatch(/time zone/);
    expect((await bad({ ...base(mine), kind: "MOCK", paper: "P2", dueAt: "2026-02-30T09:00" })).status).toBe(400);
    expect((await bad({ ...base(mine), kind: "ESSAY" })).status).toBe(400);
    expect((await bad({ ...base(mine), title: "", kind: "MOCK", paper: "P2" })).message).toMatch(/title/);
  });

  it("is for teachers of the class only: a student gets 403, a teacher of another class 404, and nothing is written", async () => {
    const input: CreateAssignmentInput = { ...base(mine), kind: "MOCK", paper: "P2" };
    expect(status(await rejectionOf(createAssignment({ id: mine.students[0]!.id, role: "STUDENT" }, input, {}, { now })))).toBe(403);
    expect(status(await rejectionOf(createAssignment(teacherOf(other), input, {}, { now })))).toBe(404);
    expect(status(await rejectionOf(createAssignment(teacherOf(mine), { ...input, classId: crypto.randomUUID() }, {}, { now })))).toBe(404);
    expect(await db.$primary().assignment.count({ where: { classId: mine.id, createdById: other.teacher.id } })).toBe(0);
  });
});

describe("archiveAssignment", () => {
  it("archives once with an audit entry; another class's teacher gets 404; a student 403", async () => {
    const { id } = await createAssignment(teacherOf(mine), { ...base(mine), kind: "MOCK", paper: "P2" }, {}, { now });
    expect(status(await rejectionOf(archiveAssignment(teacherOf(other), mine.id, id)))).toBe(404);
    expect(status(await rejectionOf(archiveAssignment(teacherOf(other), other.id, id)))).toBe(404);
    expect(status(await rejectionOf(archiveAssignment({ id: mine.students[0]!.id, role: "STUDENT" }, mine.id, id)))).toBe(403);
    expect(await archiveAssignment(teacherOf(mine), mine.id, id)).toEqual({ archived: true });
    expect(await archiveAssignment(teacherOf(mine), mine.id, id)).toEqual({ archived: false });
    expect((await db.$primary().assignment.findUniqueOrThrow({ where: { id } })).archivedAt).not.toBeNull();
    expect((await auditEntries(id)).map((e) => e.action)).toEqual(["assignment.create", "assignment.archive"]);
  });
});
