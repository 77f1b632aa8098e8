import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import type { AppError } from "@/lib/errors";
import { publishedQuestions } from "@/lib/test-support/questions";
import { rejectionOf } from "@/lib/test-support/rejection";
import { createTestClass, deleteTestClass, type TestClass } from "@/lib/test-support/test-class";
import { assignmentProgress, listClassAssignments } from "./class-assignments";
import { listStudentAssignments } from "./list-student-assignments";
import { startAssignment } from "./start-assignment";

let mine: TestClass;
let other: TestClass;
const HOUR = 3_600_000;
const now = new Date();

/** An assignment written straight to the primary, released an hour ago and due in two days unless told. */
async function assignment(
  c: TestClass,
  data: {
    kind: "QUESTIONS" | "MOCK" | "FLASHCARDS";
    questionIds?: string[];
    paper?: "P2";
    topicIds?: string[];
    releaseAt?: Date;
    dueAt?: Date;
    archivedAt?: Date;
  },
) {
  return db.assignment.create({
    data: {
      classId: c.id,
      title: `Work ${data.kind}`,
      timezone: "Europe/London",
      releaseAt: new Date(now.getTime() - HOUR),
      dueAt: new Date(now.getTime() + 48 * HOUR),
      createdById: c.teacher.id,
      ...data,
    },
    select: { id: true },
  });
}

beforeAll(async () => {
  [mine, other] = await Promise.all([createTestClass({ students: 2 }), createTestClass({ students: 1 })]);
});
afterAll(async () => {
  await Promise.all([deleteTestClass(mine), deleteTestClass(other)]);
});

describe("startAssignment", () => {
  it("starts a practice set linked to the assignment, and resumes the same set however often (or concurrently) it is started", async () => {
    const qs = (await publishedQuestions("physics-sl", { type: "MCQ" })).slice(0, 3);
    const { id } = await assignment(mine, { kind: "QUESTIONS", questionIds: qs.map((q) => q.id) });
    const student = mine.students[0]!;
    const hrefs = await Promise.all([startAssignment(student.id, id), startAssignment(student.id, id), startAssignment(student.id, id)]);
    expect(new Set(hrefs.map((h) => h.href)).size).toBe(1);
    expect((await startAssignment(student.id, id)).href).toBe(hrefs[0]!.href);
    const sets = await db.$primary().practiceSession.findMany({ where: { assignmentId: id, userId: student.id } });
    expect(sets).toHaveLength(1);
    expect(sets[0]!.questionIds).toEqual(qs.map((q) => q.id));
    expect(hrefs[0]!.href).toBe(`/practice/${sets[0]!.id}`);
  });

  it("starts a mock paper linked to the assignment and resumes it", async () => {
    const { id } = await assignment(mine, { kind: "MOCK", paper: "P2" });
    const student = mine.students[0]!;
    const first = await startAssignment(student.id, id);
    expect(await startAssignment(student.id, id)).toEqual(first);
    const mocks = await db.$primary().mockExam.findMany({ where: { assignmentId: id, userId: student.id } });
    expect(mocks).toHaveLength(1);
    expect(first.href).toBe(`/mocks/${mocks[0]!.id}`);
  });

  it("answers 404 to a student outside the class, and for unreleased, withdrawn or made-up assignments", async () => {
    const { id } = await assignment(mine, { kind: "MOCK", paper: "P2" });
    const outsider = other.students[0]!.id;
    const status = async (p: Promise<unknown>) => ((await rejectionOf(p)) as AppError).status;
    expect(await status(startAssignment(outsider, id))).toBe(404);
    const later = await assignment(mine, { kind: "MOCK", paper: "P2", releaseAt: new Date(now.getTime() + HOUR) });
    expect(await status(startAssignment(mine.students[0]!.id, later.id))).toBe(404);
    const withdrawn = await assignment(mine, { kind: "MOCK", paper: "P2", archivedAt: now });
    expect(await status(startAssignment(mine.students[0]!.id, withdrawn.id))).toBe(404);
    expect(await status(startAssignment(mine.students[0]!.id, "not-a-uuid"))).toBe(404);
    expect(await db.$primary().mockExam.count({ where: { assignmentId: id } })).toBe(0);
  });
});

describe("a student's list and a teacher's view", () => {
  it("lists released, current work with each student's status; the teacher sees every member's status and marks", async () => {
    const c = await createTestClass({ students: 2 });
    try {
      const q = (await publishedQuestions("physics-sl", { type: "MCQ" }))[0]!;
      const done = await assignment(c, {
        kind: "QUESTIONS",
        questionIds: [q.id],
        releaseAt: new Date(now.getTime() - 3 * HOUR),
        dueAt: new Date(now.getTime() - HOUR),
      });
      await assignment(c, { kind: "MOCK", paper: "P2", releaseAt: new Date(now.getTime() + HOUR) });
      const [alice, bob] = c.students;
      // Alice finished the set after its due time: late. Bob never started: overdue.
      const { href } = await startAssignment(alice!.id, done.id);
      const setId = href.split("/").at(-1)!;
      await db.practiceSession.update({ where: { id: setId }, data: { status: "COMPLETED", completedAt: now } });
      await db.attempt.create({
        data: {
          userId: alice!.id,
          questionId: q.id,
          courseId: q.courseId,
          topicId: q.topicId,
          practiceSessionId: setId,
          answer: {},
          marksAwarded: 1,
          maxMarks: q.marks,
        },
      });

      const aliceList = await listStudentAssignments(alice!.id, { now });
      expect(aliceList.map((a) => [a.id, a.status, a.overdue])).toEqual([[done.id, "late", false]]);
      expect(await listStudentAssignments(alice!.id, { now, pendingOnly: true })).toEqual([]);
      expect((await listStudentAssignments(bob!.id, { now })).map((a) => [a.status, a.overdue])).toEqual([["not_started", true]]);
      expect(await listStudentAssignments(other.students[0]!.id, { now })).toEqual([]);

      const teacher = { id: c.teacher.id, role: "TEACHER" as const };
      const { progress } = await assignmentProgress(teacher, c.id, done.id, { now });
      const byUser = new Map(progress.map((p) => [p.userId, p]));
      expect(byUser.get(alice!.id)).toMatchObject({ status: "late", marks: { awarded: 1, max: q.marks } });
      expect(byUser.get(bob!.id)).toMatchObject({ status: "not_started", overdue: true, marks: null });
      const { assignments } = await listClassAssignments(teacher, c.id);
      expect(assignments.find((a) => a.id === done.id)).toMatchObject({ submitted: 1, members: 2 });

      const outsider = { id: other.teacher.id, role: "TEACHER" as const };
      expect(((await rejectionOf(assignmentProgress(outsider, c.id, done.id))) as AppError).status).toBe(404);
      expect(((await rejectionOf(listClassAssignments(outsider, c.id))) as AppError).status).toBe(404);
      expect(((await rejectionOf(listClassAssignments({ id: alice!.id, role: "STUDENT" }, c.id))) as AppError).status).toBe(403);
    } finally {
      await deleteTestClass(c);
    }
  });

  it("counts flashcard work as submitted once every card of the topics was reviewed since release", async () => {
    const c = await createTestClass({ students: 1 });
    try {
      const topic = await db.flashcard.findFirstOrThrow({ where: { courseId: c.courseId, status: "PUBLISHED" }, select: { topicId: true } });
      const cards = await db.flashcard.findMany({ where: { topicId: topic.topicId, status: "PUBLISHED" }, select: { id: true } });
      const { id } = await assignment(c, { kind: "FLASHCARDS", topicIds: [topic.topicId] });
      const student = c.students[0]!;
      const review = async (flashcardId: string, at: Date) => {
        const state = await db.cardState.upsert({
          where: { userId_flashcardId: { userId: student.id, flashcardId } },
          create: { userId: student.id, flashcardId, due: at },
          update: {},
        });
        await db.reviewLog.create({
          data: {
            cardStateId: state.id,
            userId: student.id,
            rating: 3,
            state: "REVIEW",
            due: at,
            stability: 1,
            difficulty: 5,
            elapsedDays: 0,
            scheduledDays: 1,
            reviewedAt: at,
          },
        });
      };
      // A review before release does not count.
      await review(cards[0]!.id, new Date(now.getTime() - 2 * HOUR));
      expect((await listStudentAssignments(student.id, { now }))[0]).toMatchObject({ status: "not_started" });
      await review(cards[0]!.id, new Date(now.getTime() - 30 * 60_000));
      if (cards.length > 1) expect((await listStudentAssignments(student.id, { now }))[0]).toMatchObject({ status: "in_progress" });
      for (const card of cards.slice(1)) await review(card.id, new Date(now.getTime() - 10 * 60_000));
      expect((await listStudentAssignments(student.id, { now }))[0]).toMatchObject({ id, status: "submitted" });
      expect(await startAssignment(student.id, id)).toEqual({ href: `/flashcards?assignment=${id}` });
    } finally {
      await deleteTestClass(c);
    }
  });
});
