import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { completeSelfMarking } from "@/lib/attempts/complete-self-marking";
import { listMarkingQueue } from "@/lib/teacher-marking/list-marking-queue";
import { markAsTeacher } from "@/lib/teacher-marking/mark-as-teacher";
import { answerInMock, answerInPractice, createTestAssignment } from "@/lib/test-support/assignment-work";
import { createTestClass, deleteTestClass, type TestClass } from "@/lib/test-support/test-class";
import { rejectionOf } from "@/lib/test-support/rejection";
import { createTestUser, deleteTestUsers, type TestUser } from "@/lib/test-support/users";
import { countSqlStatements } from "@/lib/test-support/sql-statements";
import { decodeCursor } from "@/lib/pagination/cursor";

describe("listMarkingQueue", () => {
  let klass: TestClass;
  let other: TestClass;
  let outsider: TestUser;
  let written: { id: string; type: string }[];
  let mcq: { id: string };
  let homework: { id: string };
  let paper: { id: string };
  /** Attempt ids expected in the queue, oldest first. */
  const expected: string[] = [];
  const actor = () => ({ id: klass.teacher.id, role: "TEACHER" as const });
  const ids = (page: { items: { attemptId: string }[] }) => page.items.map((i) => i.attemptId);

  beforeAll(async () => {
    klass = await createTestClass({ courseSlug: "economics-hl", students: 2 });
    other = await createTestClass({ courseSlug: "economics-hl", students: 1 });
    outsider = await createTestUser({ courses: ["economics-hl"] });
    const questions = await db.$primary().question.findMany({
      where: { course: { slug: "economics-hl" }, status: "PUBLISHED", groupId: null },
      orderBy: { key: "asc" },
      select: { id: true, type: true },
    });
    written = questions.filter((q) => q.type === "WRITTEN").slice(0, 3);
    mcq = questions.find((q) => q.type === "MCQ")!;
    homework = await createTestAssignment(klass.id, { questionIds: written.map((q) => q.id), title: "Homework 1" });
    paper = await createTestAssignment(klass.id, { kind: "MOCK", title: "Mock paper" });
    const [ann, ben] = klass.students;

    expected.push(...(await answerInPractice(ann!.id, homework.id, [written[0]!.id, written[1]!.id])).attemptIds);
    const selfMarked = (await answerInPractice(ben!.id, homework.id, [written[2]!.id])).attemptIds[0]!;
    await completeSelfMarking(ben!.id, selfMarked, { labels: [] });
    expected.push(selfMarked);
    expected.push(...(await answerInMock(ann!.id, paper.id, [written[2]!.id])).attemptIds);

    // Left out: marked by the teacher already, multiple choice, outside any assignment, another class's
    // assignment, a non-member's work on this class's assignment.
    const teacherMarked = (await answerInPractice(ben!.id, homework.id, [written[0]!.id])).attemptIds[0]!;
    await markAsTeacher(actor(), teacherMarked, { labels: [] });
    const { id: mcqSession } = await db.practiceSession.create({
      data: { userId: ann!.id, courseId: klass.courseId, filters: {}, questionIds: [mcq.id], assignmentId: homework.id },
      select: { id: true },
    });
    await db.attempt.create({
      data: {
        userId: ann!.id,
        questionId: mcq.id,
        courseId: klass.courseId,
        topicId: (await db.question.findUniqueOrThrow({ where: { id: mcq.id } })).topicId,
        practiceSessionId: mcqSession,
        answer: { type: "MCQ", optionId: "A" },
        maxMarks: 1,
        markedBy: "AUTO",
      },
    });
    await answerInPractice(ann!.id, null, [written[0]!.id]);
    const theirs = await createTestAssignment(other.id, { questionIds: [written[0]!.id] });
    await answerInPractice(other.students[0]!.id, theirs.id, [written[0]!.id]);
    await answerInPractice(outsider.id, homework.id, [written[1]!.id]);
  });
  afterAll(async () => {
    await deleteTestClass(klass);
    await deleteTestClass(other);
    await deleteTestUsers([outsider.id]);
  });

  it("lists the members' written answers to the class's assignments awaiting the teacher, oldest first", async () => {
    const page = await listMarkingQueue(actor(), klass.id);
    expect(ids(page)).toEqual(expected);
    expect(page.nextCursor).toBeNull();

    const [first, , selfMarked, fromMock] = page.items;
    expect(first).toMatchObject({
      student: { id: klass.students[0]!.id },
      assignment: { id: homework.id, title: "Homework 1" },
      answerText: "Prices rise when demand rises.",
      selfMarking: null,
      question: {
        id: written[0]!.id,
        stem: expect.any(String),
        markingPoints: expect.arrayContaining([expect.objectContaining({ label: expect.any(String) })]),
      },
    });
    expect(selfMarked).toMatchObject({ student: { id: klass.students[1]!.id }, selfMarking: { marksAwarded: 0, awardedLabels: [] } });
    expect(fromMock).toMatchObject({ assignment: { id: paper.id, title: "Mock paper" } });
  });

  it("filters by assignment and pages with a cursor in a fixed number of queries", async () => {
    expect(ids(await listMarkingQueue(actor(), klass.id, { assignmentId: paper.id }))).toEqual([expected[3]]);

    const { result: first, statements } = await countSqlStatements(() => listMarkingQueue(actor(), klass.id, { limit: 2 }));
    expect(ids(first)).toEqual(expected.slice(0, 2));
    // The class, then the attempts and each relation they show once: the same for a page of one or of all.
    const { statements: forOne } = await countSqlStatements(() => listMarkingQueue(actor(), klass.id, { limit: 1 }));
    expect(statements.length).toBe(forOne.length);
    expect(statements.length).toBeLessThanOrEqual(12);
    const second = await listMarkingQueue(actor(), klass.id, { limit: 2, cursor: decodeCursor(first.nextCursor!)! });
    expect(ids(second)).toEqual(expected.slice(2, 4));
    expect(second.nextCursor).toBeNull();
  });

  it("drops a student who leaves the class", async () => {
    const ben = klass.students[1]!;
    await db.classMember.delete({ where: { classId_userId: { classId: klass.id, userId: ben.id } } });
    expect(ids(await listMarkingQueue(actor(), klass.id))).toEqual([expected[0], expected[1], expected[3]]);
    await db.classMember.create({ data: { classId: klass.id, userId: ben.id } });
  });

  it("is a 403 for a student and a 404 for the teacher of another class", async () => {
    expect(await rejectionOf(listMarkingQueue({ id: klass.students[0]!.id, role: "STUDENT" }, klass.id))).toMatchObject({ status: 403 });
    expect(await rejectionOf(listMarkingQueue({ id: other.teacher.id, role: "TEACHER" }, klass.id))).toMatchObject({ status: 404 });
    expect(await rejectionOf(listMarkingQueue(actor(), "not-a-class"))).toMatchObject({ status: 404 });
  });
});
