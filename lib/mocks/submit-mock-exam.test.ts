import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCourse } from "@/lib/catalog/get-course";
import { db } from "@/lib/db/prisma";
import { gradeFromBoundaries } from "@/lib/grades/grade-from-boundaries";
import { MAX_WRITTEN_ANSWER_LENGTH } from "@/lib/marking/written-answer-limit";
import { submitExpiredMockExams } from "./expire-mock-exams";
import { getMockExam } from "./mock-exam-state";
import { saveMockDraft } from "./save-mock-draft";
import { startMockExam } from "./start-mock-exam";
import { submitMockExam } from "./submit-mock-exam";
import { topLevelTopics } from "./top-level-topics";
import { paperQuestions } from "@/lib/test-support/questions";
import { countSqlStatements } from "@/lib/test-support/sql-statements";
import { createTestUser, deleteTestUsers } from "@/lib/test-support/users";

let student: string;
beforeAll(async () => {
  student = (await createTestUser({ courses: ["physics-sl", "economics-sl"] })).id;
});
afterAll(() => deleteTestUsers([student]));

const wrong = (correct: string) => (correct === "A" ? "B" : "A");

/** A multiple-choice paper: the first `right` answered correctly, the next `bad` wrongly, the rest blank. */
async function answeredMcqPaper(right: number, bad: number, options: { scale?: number; now?: Date } = {}) {
  const { id } = await startMockExam(student, { courseSlug: "physics-sl", paper: "P1A", scale: options.scale ?? 0.4 }, { now: options.now });
  const questions = await paperQuestions(id);
  for (const [i, q] of questions.entries()) {
    if (i >= right + bad) break;
    const optionId = i < right ? q.correctOptionId! : wrong(q.correctOptionId!);
    await db.$executeRaw`update mock_exams set draft_answers = jsonb_set(draft_answers, array[${q.id}::text], ${JSON.stringify({ type: "MCQ", optionId })}::jsonb) where id = ${id}::uuid`;
  }
  return { id, questions };
}

describe("submitMockExam", () => {
  it("marks every question, totals per topic, and grades on the course's latest boundaries", async () => {
    const { id, questions } = await answeredMcqPaper(6, 2);
    expect(questions).toHaveLength(10);
    const result = await submitMockExam(student, id, { auto: false });

    expect(result).toMatchObject({ marksAwarded: 6, totalMarks: 10, percentage: 60, timedOut: false, awaitingMarking: 0 });
    expect(result.questions.map((q) => q.outcome)).toEqual([...Array(8).fill("MARKED"), "UNANSWERED", "UNANSWERED"]);
    expect(result.questions[0]).toMatchObject({
      number: "1",
      marksAwarded: 1,
      maxMarks: 1,
      answer: { type: "MCQ", optionId: questions[0]!.correctOptionId },
      correct: { kind: "option", optionId: questions[0]!.correctOptionId },
    });
    expect(result.questions[6]).toMatchObject({ marksAwarded: 0, answer: { type: "MCQ", optionId: wrong(questions[6]!.correctOptionId!) } });

    const boundaries = await db.gradeBoundary.findMany({ where: { course: { slug: "physics-sl" } } });
    const latest = [...new Set(boundaries.map((b) => b.session))]
      .sort((a, b) => Number(a.slice(1)) * 2 + (a[0] === "N" ? 1 : 0) - (Number(b.slice(1)) * 2 + (b[0] === "N" ? 1 : 0)))
      .at(-1)!;
    expect(result.boundarySession).toBe(latest);
    expect(result.grade).toBe(
      gradeFromBoundaries(
        60,
        boundaries.filter((b) => b.session === latest),
      ),
    );

    // Per top-level topic, computed independently from the questions' topics.
    const { rootOf } = topLevelTopics((await getCourse("physics-sl"))!.topics);
    const expected = new Map<string, { awarded: number; available: number }>();
    questions.forEach((q, i) => {
      const code = rootOf.get(q.topicId)!.code;
      const t = expected.get(code) ?? { awarded: 0, available: 0 };
      expected.set(code, { awarded: t.awarded + (i < 6 ? 1 : 0), available: t.available + q.marks });
    });
    expect(Object.fromEntries(result.topics.map((t) => [t.code, { awarded: t.marksAwarded, available: t.marksAvailable }]))).toEqual(
      Object.fromEntries(expected),
    );

    const stored = await db.$primary().mockExam.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ status: "COMPLETED", marksAwarded: 6, totalMarks: 10, grade: result.grade, boundarySession: latest });
    // Attempts only for the answered questions, linked to the paper.
    expect(await db.$primary().attempt.count({ where: { mockExamId: id, userId: student } })).toBe(8);
  });

  it("is idempotent, also when submissions race", async () => {
    const { id } = await answeredMcqPaper(3, 3);
    const results = await Promise.all([submitMockExam(student, id, { auto: false }), submitMockExam(student, id, { auto: true }), getMockExam(student, id)]);
    const again = await submitMockExam(student, id, { auto: false });
    expect(await db.$primary().attempt.count({ where: { mockExamId: id } })).toBe(6);
    expect(results[0]).toEqual(again);
    expect(results[1]).toEqual(again);
    expect(again.marksAwarded).toBe(3);
  });

  it("leaves an extended answer awaiting the student's marking against its markbands at 0 marks", async () => {
    // Economics Paper 1 is extended answers marked against markbands.
    const { id } = await startMockExam(student, { courseSlug: "economics-sl", paper: "P1", scale: 0.4 });
    const [q] = await paperQuestions(id);
    const text = q!.markingPoints.flatMap((p) => p.keywords).join(". ");
    await saveMockDraft(student, id, q!.id, { type: "WRITTEN", text });
    const result = await submitMockExam(student, id, { auto: false });
    expect(result.awaitingMarking).toBe(1);
    expect(result.marksAwarded).toBe(0);
    expect(result.questions[0]).toMatchObject({ outcome: "AWAITING_MARKING", marksAwarded: 0, correct: { kind: "markbands", awards: null } });
    const correct = result.questions[0]!.correct;
    expect(correct.kind === "markbands" && correct.criteria[0]!.levels.at(-1)!.max).toBe(q!.marks);
    // The points are indicative content: shown, never ticked or suggested.
    expect(correct.kind === "markbands" && correct.points.length).toBeGreaterThan(0);
    const attempt = await db.$primary().attempt.findFirstOrThrow({ where: { mockExamId: id } });
    expect(attempt).toMatchObject({ status: "AWAITING_MARKING", marksAwarded: 0, markedBy: null, bandAwards: null });
    expect(await db.$primary().mockExam.findUniqueOrThrow({ where: { id } })).toMatchObject({ marksAwarded: 0 });
    // Not counted in topic progress until the student marks it.
    expect(await db.$primary().topicProgress.count({ where: { userId: student, topicId: q!.topicId } })).toBe(0);
  });

  it("refuses a written answer longer than the practice limit, with a message that says so", async () => {
    const { id } = await startMockExam(student, { courseSlug: "economics-sl", paper: "P1", scale: 0.4 });
    const [q] = await paperQuestions(id);
    await expect(saveMockDraft(student, id, q!.id, { type: "WRITTEN", text: "x".repeat(MAX_WRITTEN_ANSWER_LENGTH + 1) })).rejects.toThrow(
      /at most 10,000 characters/,
    );
    await expect(saveMockDraft(student, id, q!.id, { type: "WRITTEN", text: "x".repeat(MAX_WRITTEN_ANSWER_LENGTH) })).resolves.toMatchObject({
      savedAt: expect.any(String),
    });
  });

  it("submits in a fixed number of queries, however many questions", async () => {
    await getCourse("physics-sl"); // the catalog cache is warm in service
    const small = await answeredMcqPaper(5, 5, { scale: 0.4 });
    const whole = await answeredMcqPaper(20, 5, { scale: 1 });
    expect(whole.questions.length).toBeGreaterThan(small.questions.length * 2);
    const a = await countSqlStatements(() => submitMockExam(student, small.id, { auto: false }));
    const b = await countSqlStatements(() => submitMockExam(student, whole.id, { auto: false }));
    expect(a.result.marksAwarded).toBe(5);
    expect(b.result.marksAwarded).toBe(20);
    // Reads: the paper and its course, the questions with topics and markschemes, the boundaries (6);
    // then begin, claim, attempts, topic progress, mistake cards, last-active stamp, the result, commit (8).
    expect(b.statements.length).toBe(a.statements.length);
    expect(b.statements.length).toBeLessThanOrEqual(14);
  });
});

describe("expired papers", () => {
  const anHourAgo = () => new Date(Date.now() - 60 * 60_000);

  it("are submitted by the sweep, as timed out, with the answers saved in time", async () => {
    const { id } = await answeredMcqPaper(4, 0, { now: anHourAgo() });
    expect(await submitExpiredMockExams()).toBeGreaterThanOrEqual(1);
    const stored = await db.$primary().mockExam.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ status: "COMPLETED", marksAwarded: 4 });
    expect(stored.submittedAt).toEqual(stored.deadlineAt);
    const state = await getMockExam(student, id);
    expect(state.result).toMatchObject({ timedOut: true, marksAwarded: 4 });
  });

  it("are submitted when read, so the result is there without the sweep", async () => {
    const { id } = await answeredMcqPaper(2, 1, { now: anHourAgo() });
    const state = await getMockExam(student, id);
    expect(state.status).toBe("COMPLETED");
    expect(state.result).toMatchObject({ marksAwarded: 2, timedOut: true });
    expect(await db.$primary().attempt.count({ where: { mockExamId: id } })).toBe(3);
  });

  it("leave papers still running alone", async () => {
    const { id } = await answeredMcqPaper(1, 0);
    await submitExpiredMockExams();
    expect((await db.$primary().mockExam.findUniqueOrThrow({ where: { id } })).status).toBe("IN_PROGRESS");
  });
});
