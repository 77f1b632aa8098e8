import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { getStudentDashboard } from "@/lib/dashboard/student-dashboard";
import { gradeMock } from "./grade-mock";
import type { MockResult } from "./mock-result";
import { saveMockDraft } from "./save-mock-draft";
import { selfMarkMockAnswer } from "./self-mark-mock-answer";
import { startMockExam } from "./start-mock-exam";
import { submitMockExam } from "./submit-mock-exam";
import { paperQuestions } from "@/lib/test-support/questions";
import { createTestUser, deleteTestUsers } from "@/lib/test-support/users";

let student: string;
let stranger: string;
beforeAll(async () => {
  student = (await createTestUser({ courses: ["math-aa-hl"] })).id;
  stranger = (await createTestUser({ courses: ["math-aa-hl"] })).id;
});
const others: string[] = [];
afterAll(() => deleteTestUsers([student, stranger, ...others]));

/**
 * A whole Maths AA HL Paper 1 with its first `answered` written questions answered in nonsense; `questions`:
 * the written ones. Whole, because a shortened paper is drawn at random and can hold as few as three.
 */
async function writtenPaper(answered: number) {
  const { id } = await startMockExam(student, { courseSlug: "math-aa-hl", paper: "P1", scale: 1 });
  const questions = (await paperQuestions(id)).filter((q) => q.type === "WRITTEN");
  expect(questions.length).toBeGreaterThan(answered);
  for (const q of questions.slice(0, answered)) await saveMockDraft(student, id, q.id, { type: "WRITTEN", text: "Bananas are yellow and the sky is blue." });
  return { id, questions };
}
const resultOf = (result: MockResult, questionId: string) => result.questions.find((q) => q.questionId === questionId)!;

const boundariesOf = (slug: string) => db.gradeBoundary.findMany({ where: { course: { slug } }, select: { session: true, grade: true, minPercent: true } });

describe("selfMarkMockAnswer", () => {
  it("is refused before the paper is submitted, the markscheme being hidden until then", async () => {
    const { id, questions } = await writtenPaper(1);
    await expect(selfMarkMockAnswer(student, id, questions[0]!.id, { labels: [] })).rejects.toMatchObject({ status: 409, code: "not_submitted" });
  });

  it("is the paper's owner's only: another student's paper is not found", async () => {
    const { id, questions } = await writtenPaper(1);
    await submitMockExam(student, id, { auto: false });
    await expect(selfMarkMockAnswer(stranger, id, questions[0]!.id, { labels: [questions[0]!.markingPoints[0]!.label] })).rejects.toMatchObject({
      status: 404,
    });
    const attempt = await db.$primary().attempt.findFirstOrThrow({ where: { mockExamId: id } });
    expect(attempt.status).toBe("AWAITING_MARKING");
  });

  it("keeps marks within the question: unknown points and unanswered questions are refused, extra points capped", async () => {
    const { id, questions } = await writtenPaper(1);
    await submitMockExam(student, id, { auto: false });
    const [answered, unanswered] = questions;
    await expect(selfMarkMockAnswer(student, id, answered!.id, { labels: ["Z9"] })).rejects.toMatchObject({ status: 400 });
    await expect(selfMarkMockAnswer(student, id, unanswered!.id, { labels: [] })).rejects.toMatchObject({ status: 404 });

    const result = await selfMarkMockAnswer(student, id, answered!.id, { labels: answered!.markingPoints.map((p) => p.label) });
    expect(resultOf(result, answered!.id)).toMatchObject({ outcome: "MARKED", markedBy: "SELF", marksAwarded: answered!.marks, maxMarks: answered!.marks });
    // Once only: a second tab cannot mark it again.
    await expect(selfMarkMockAnswer(student, id, answered!.id, { labels: [] })).rejects.toMatchObject({ status: 409 });
  });

  it("updates the paper's total and grade after each answer, also when two are marked at once", async () => {
    const { id, questions } = await writtenPaper(3);
    const submitted = await submitMockExam(student, id, { auto: false });
    // A nonsense answer is worth nothing until the student says otherwise.
    expect(submitted).toMatchObject({ marksAwarded: 0, awaitingMarking: 3 });
    const boundaries = await boundariesOf("math-aa-hl");
    const [a, b, c] = questions;
    const one = a!.markingPoints[0]!;

    const first = await selfMarkMockAnswer(student, id, a!.id, { labels: [one.label] });
    const firstMarks = resultOf(first, a!.id).marksAwarded;
    expect(firstMarks).toBeGreaterThan(0);
    expect(first).toMatchObject({
      marksAwarded: firstMarks,
      awaitingMarking: 2,
      grade: gradeMock((firstMarks / submitted.totalMarks) * 100, boundaries).grade,
    });

    await Promise.all([
      selfMarkMockAnswer(student, id, b!.id, { labels: b!.markingPoints.map((p) => p.label) }),
      selfMarkMockAnswer(student, id, c!.id, { labels: c!.markingPoints.map((p) => p.label) }),
    ]);
    const total = firstMarks + b!.marks + c!.marks;
    const stored = await db.$primary().mockExam.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ marksAwarded: total, grade: gradeMock((total / submitted.totalMarks) * 100, boundaries).grade });
  });

  it("feeds topic mastery, the dashboard's progress and the predicted grade", async () => {
    // A student of their own: the progress before the paper must be none. A whole paper: a half one drawn at
    // random held only 4 written questions now and then, one short of what a prediction needs.
    const learner = (await createTestUser({ courses: ["math-aa-hl"] })).id;
    others.push(learner);
    const { id } = await startMockExam(learner, { courseSlug: "math-aa-hl", paper: "P1", scale: 1 });
    const written = (await paperQuestions(id)).filter((q) => q.type === "WRITTEN");
    expect(written.length).toBeGreaterThanOrEqual(5);
    for (const q of written) await saveMockDraft(learner, id, q.id, { type: "WRITTEN", text: "My working, step by step." });
    await submitMockExam(learner, id, { auto: false });

    const before = (await getStudentDashboard(learner)).courses.find((c) => c.slug === "math-aa-hl")!;
    expect(before.progress.attempted).toBe(0);
    expect(before.prediction).toBeNull();

    for (const q of written) await selfMarkMockAnswer(learner, id, q.id, { labels: q.markingPoints.map((p) => p.label) });
    const topicIds = [...new Set(written.map((q) => q.topicId))];
    const progress = await db.$primary().topicProgress.findMany({ where: { userId: learner, topicId: { in: topicIds } } });
    expect(progress).toHaveLength(topicIds.length);
    expect(progress.every((p) => p.mastery === 1 && p.attempts > 0)).toBe(true);

    // The cached dashboard was dropped by the marking: the course shows the paper's answers.
    const after = (await getStudentDashboard(learner)).courses.find((c) => c.slug === "math-aa-hl")!;
    expect(after.progress.attempted).toBe(topicIds.length);
    expect(after.prediction).toMatchObject({ grade: 7, basis: written.length });
  });

  it("marks an extended answer against its markbands: a level and a mark inside it, counted in the paper's total and topic progress", async () => {
    const essayist = (await createTestUser({ courses: ["economics-sl"] })).id;
    others.push(essayist);
    // Economics Paper 1 is extended answers marked against markbands.
    const { id } = await startMockExam(essayist, { courseSlug: "economics-sl", paper: "P1", scale: 0.4 });
    const [q] = await paperQuestions(id);
    const bands = q!.markbands as { id: string; levels: { min: number; max: number }[] }[];
    expect(bands.length).toBeGreaterThan(0);
    await saveMockDraft(essayist, id, q!.id, { type: "WRITTEN", text: "Demand and supply, with a diagram, and a judgement at the end." });
    await submitMockExam(essayist, id, { auto: false });

    const criterion = bands[0]!;
    const third = criterion.levels[2]!;
    // A mark outside the chosen level, a level that does not exist, ticked points instead: all refused, nothing written.
    await expect(selfMarkMockAnswer(essayist, id, q!.id, { bands: [{ criterion: criterion.id, level: 3, marks: third.max + 1 }] })).rejects.toMatchObject({
      status: 400,
    });
    await expect(selfMarkMockAnswer(essayist, id, q!.id, { bands: [{ criterion: criterion.id, level: 9, marks: 1 }] })).rejects.toMatchObject({ status: 400 });
    await expect(selfMarkMockAnswer(essayist, id, q!.id, { labels: [q!.markingPoints[0]!.label] })).rejects.toMatchObject({ status: 400 });
    expect((await db.$primary().attempt.findFirstOrThrow({ where: { mockExamId: id } })).status).toBe("AWAITING_MARKING");

    const result = await selfMarkMockAnswer(essayist, id, q!.id, { bands: [{ criterion: criterion.id, level: 3, marks: third.min }] });
    expect(resultOf(result, q!.id)).toMatchObject({
      outcome: "MARKED",
      markedBy: "SELF",
      marksAwarded: third.min,
      correct: { kind: "markbands", awards: [{ criterion: criterion.id, level: 3, marks: third.min }] },
    });
    expect(result.marksAwarded).toBe(third.min);
    const progress = await db.$primary().topicProgress.findUniqueOrThrow({ where: { userId_topicId: { userId: essayist, topicId: q!.topicId } } });
    expect(progress).toMatchObject({ marksAwarded: third.min, marksAvailable: q!.marks });
  });
});
