import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPracticeSession } from "@/lib/practice/create-practice-session";
import { submitPracticeAnswer } from "@/lib/practice/submit-practice-answer";
import { startMockExam } from "./start-mock-exam";
import { submitMockExam } from "./submit-mock-exam";
import { questionsInRunningMock } from "./questions-in-running-mock";
import { db } from "@/lib/db/prisma";
import { paperQuestions } from "@/lib/test-support/questions";
import { rejectionOf } from "@/lib/test-support/rejection";
import { createTestUser, deleteTestUsers } from "@/lib/test-support/users";

// Practice shows the correct answer after each answer: it must not be a way to answer a running mock.
describe("questions of a running mock paper cannot be practised", () => {
  let student: string;
  let mockId: string;
  let paper: Awaited<ReturnType<typeof paperQuestions>>;
  let practiceBefore: string;

  beforeAll(async () => {
    student = (await createTestUser({ courses: ["physics-sl"] })).id;
    const first = await db.question.findFirstOrThrow({ where: { course: { slug: "physics-sl" }, status: "PUBLISHED", type: "MCQ" }, select: { id: true } });
    // A practice set opened before the paper and holding one of its questions.
    practiceBefore = (await createPracticeSession(student, { mode: "questions", questionIds: [first.id] })).id;
    mockId = (await startMockExam(student, { courseSlug: "physics-sl", paper: "P1A", scale: 0.4 }, { seed: 7 })).id;
    paper = await paperQuestions(mockId);
    // Make sure the earlier practice question is on the paper.
    await db.mockExam.update({ where: { id: mockId }, data: { questionIds: [...new Set([first.id, ...paper.map((q) => q.id)])] } });
    paper = await paperQuestions(mockId);
  });
  afterAll(() => deleteTestUsers([student]));

  it("knows which questions are on the running paper", async () => {
    const other = await db.question.findFirstOrThrow({
      where: { course: { slug: "physics-sl" }, status: "PUBLISHED", id: { notIn: paper.map((q) => q.id) } },
      select: { id: true },
    });
    const found = await questionsInRunningMock(student, [paper[0]!.id, other.id]);
    expect([...found]).toEqual([paper[0]!.id]);
    // Past its deadline (and the grace), a paper takes no answers, so its questions are free again.
    expect((await questionsInRunningMock(student, [paper[0]!.id], new Date(Date.now() + 3 * 3600_000))).size).toBe(0);
  });

  it("refuses a set made only of the paper's questions and leaves them out of a mixed one", async () => {
    const rejection = await rejectionOf(createPracticeSession(student, { mode: "questions", questionIds: paper.slice(0, 2).map((q) => q.id) }));
    expect(rejection).toMatchObject({ status: 409, code: "in_running_mock" });

    const other = await db.question.findFirstOrThrow({
      where: { course: { slug: "physics-sl" }, status: "PUBLISHED", id: { notIn: paper.map((q) => q.id) } },
      select: { id: true },
    });
    const mixed = await createPracticeSession(student, { mode: "questions", questionIds: [paper[0]!.id, other.id] });
    const row = await db.$primary().practiceSession.findUniqueOrThrow({ where: { id: mixed.id }, select: { questionIds: true } });
    expect(row.questionIds).toEqual([other.id]);
  });

  it("leaves the paper's questions out of filtered sets", async () => {
    const onPaper = new Set(paper.map((q) => q.id));
    for (let i = 0; i < 3; i++) {
      const { id } = await createPracticeSession(student, { mode: "filters", courseSlug: "physics-sl", count: 20, type: "MCQ" });
      const row = await db.$primary().practiceSession.findUniqueOrThrow({ where: { id }, select: { questionIds: true } });
      expect(row.questionIds.filter((q) => onPaper.has(q))).toEqual([]);
    }
  });

  it("refuses an answer in a set opened before the paper, until the paper is submitted", async () => {
    const session = await db.$primary().practiceSession.findUniqueOrThrow({ where: { id: practiceBefore }, select: { questionIds: true } });
    const id = session.questionIds[0]!;
    const q = paper.find((p) => p.id === id)!;
    expect(q).toBeDefined();
    const answer = { type: "MCQ" as const, optionId: q.correctOptionId! };
    expect(await rejectionOf(submitPracticeAnswer(student, practiceBefore, id, answer, 1000))).toMatchObject({ status: 409, code: "in_running_mock" });

    await submitMockExam(student, mockId, { auto: false });
    const submitted = await submitPracticeAnswer(student, practiceBefore, id, answer, 1000);
    expect(submitted.result.status).toBe("MARKED");
  });
});
