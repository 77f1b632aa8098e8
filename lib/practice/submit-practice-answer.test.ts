import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { countQueries } from "@/lib/db/query-counter";
import { cache } from "@/lib/cache/cache-aside";
import { redis } from "@/lib/redis/redis-client";
import { dashboardCachePolicy, dashboardKey } from "@/lib/progress/dashboard-cache";
import { createPracticeSession } from "@/lib/practice/create-practice-session";
import { getPracticeState } from "@/lib/practice/get-practice-state";
import { submitPracticeAnswer } from "@/lib/practice/submit-practice-answer";
import { publishedQuestions } from "@/lib/test-support/questions";
import { rejectionOf } from "@/lib/test-support/rejection";
import { countSqlStatements } from "@/lib/test-support/sql-statements";
import { createTestUser, deleteTestUsers } from "@/lib/test-support/users";
import { classIdsOfStudent } from "@/lib/class-cache/student-class-index";

type Q = Awaited<ReturnType<typeof publishedQuestions>>[number];

describe("submitPracticeAnswer and getPracticeState", () => {
  let userId: string;
  let otherId: string;
  let sessionId: string;
  let mcq: Q, numeric: Q, written: Q;
  const attempts = (questionId?: string) =>
    db.$primary().attempt.findMany({ where: { userId, practiceSessionId: sessionId, ...(questionId ? { questionId } : {}) } });

  beforeAll(async () => {
    [userId, otherId] = [(await createTestUser({ courses: ["physics-sl"] })).id, (await createTestUser()).id];
    mcq = (await publishedQuestions("physics-sl", { type: "MCQ" }))[0]!;
    numeric = (await publishedQuestions("physics-sl", { type: "NUMERIC" }))[0]!;
    written = (await publishedQuestions("physics-sl", { type: "WRITTEN" }))[0]!;
    sessionId = (await createPracticeSession(userId, { mode: "questions", questionIds: [mcq.id, numeric.id, written.id] })).id;
  });
  afterAll(() => deleteTestUsers([userId, otherId]));

  it("shows the current question without any of its answers", async () => {
    const state = await getPracticeState(userId, sessionId);
    expect(state.session).toMatchObject({ id: sessionId, status: "IN_PROGRESS", total: 3, currentIndex: 0, course: { slug: "physics-sl" } });
    expect(state.view).toMatchObject({ index: 0, question: { id: mcq.id, type: "MCQ" }, answered: null, draft: null });
    const shown = JSON.stringify(state.view);
    for (const secret of ["correctOptionId", "workedSolution", "markingPoints", "numericAnswer", "keywords"]) expect(shown).not.toContain(secret);
    expect(state.results.map((r) => r.status)).toEqual(["UNANSWERED", "UNANSWERED", "UNANSWERED"]);
    expect(await rejectionOf(getPracticeState(otherId, sessionId))).toMatchObject({ status: 404 });
  });

  it("marks an answer, records exactly one attempt in a bounded number of queries, and moves on", async () => {
    await cache.getOrCompute(dashboardKey(userId), dashboardCachePolicy, async () => ({ stale: true }));
    // Measured warm, as a student's answers are: their class index (which classes' analytics a write drops)
    // is read from the database at most once a week per student, then kept in Redis.
    await classIdsOfStudent(userId);
    const { result: counted, statements } = await countSqlStatements(() =>
      countQueries(() => submitPracticeAnswer(userId, sessionId, mcq.id, { type: "MCQ", optionId: mcq.correctOptionId! }, 12_000)),
    );
    const { result, queries, operations } = counted;
    expect(queries, operations.join(", ")).toBeLessThanOrEqual(10);
    // The driver's count includes the reads countQueries does not see, BEGIN/COMMIT, and the check that
    // the question is not on a running mock paper.
    expect(statements.length, statements.join("\n")).toBeLessThanOrEqual(11);
    expect(result).toMatchObject({
      index: 0,
      completed: false,
      repeated: false,
      result: { status: "MARKED", markedBy: "AUTO", marksAwarded: mcq.marks, maxMarks: mcq.marks },
    });
    expect(result.view).toMatchObject({ correctOptionId: mcq.correctOptionId, workedSolution: expect.any(String) });
    expect(result.view.markingPoints.length).toBeGreaterThan(0);

    const rows = await attempts(mcq.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: result.attemptId,
      status: "MARKED",
      marksAwarded: mcq.marks,
      timeSpentMs: 12_000,
      courseId: mcq.courseId,
      topicId: mcq.topicId,
    });
    expect(await redis.exists(dashboardKey(userId))).toBe(0);
    const progress = await db.$primary().topicProgress.findUniqueOrThrow({ where: { userId_topicId: { userId, topicId: mcq.topicId } } });
    expect(progress.attempts).toBe(1);

    const state = await getPracticeState(userId, sessionId);
    expect(state.session.currentIndex).toBe(1);
    expect(state.view).toMatchObject({ index: 1, question: { id: numeric.id } });
    // The answered question stays viewable, now with its answers.
    const again = await getPracticeState(userId, sessionId, 0);
    expect(again.view?.answered).toMatchObject({
      attemptId: result.attemptId,
      marksAwarded: mcq.marks,
      correctOptionId: mcq.correctOptionId,
      feedback: result.result.feedback,
    });
    // A question further on cannot be peeked at.
    expect((await getPracticeState(userId, sessionId, 2)).view?.index).toBe(1);
  });

  it("returns the first result for a second submit of the same question, without a second attempt", async () => {
    const wrong = mcq.correctOptionId === "A" ? "B" : "A";
    const { result, statements } = await countSqlStatements(() => submitPracticeAnswer(userId, sessionId, mcq.id, { type: "MCQ", optionId: wrong }, 1));
    expect(result).toMatchObject({ repeated: true, result: { marksAwarded: mcq.marks } });
    expect(statements.length, statements.join("\n")).toBeLessThanOrEqual(5);
    expect(await attempts(mcq.id)).toHaveLength(1);
  });

  it("records one attempt when the same answer is submitted twice at once", async () => {
    const value = String((numeric.numericAnswer as { value: number }).value);
    const [a, b] = await Promise.all([0, 1].map(() => submitPracticeAnswer(userId, sessionId, numeric.id, { type: "NUMERIC", value }, 5_000)));
    expect(a!.attemptId).toBe(b!.attemptId);
    expect([a!.repeated, b!.repeated].sort()).toEqual([false, true]);
    expect(await attempts(numeric.id)).toHaveLength(1);
    expect((await db.$primary().practiceSession.findUniqueOrThrow({ where: { id: sessionId } })).currentIndex).toBe(2);
  });

  it("refuses answers of the wrong type, to other sets' questions, out of order, or by another user", async () => {
    expect(await rejectionOf(submitPracticeAnswer(userId, sessionId, written.id, { type: "NUMERIC", value: "1" }, 1))).toMatchObject({ status: 400 });
    const foreign = (await publishedQuestions("physics-sl", { type: "WRITTEN" }))[1]!.id;
    expect(await rejectionOf(submitPracticeAnswer(userId, sessionId, foreign, { type: "WRITTEN", text: "x" }, 1))).toMatchObject({ status: 400 });
    expect(await rejectionOf(submitPracticeAnswer(otherId, sessionId, written.id, { type: "WRITTEN", text: "x" }, 1))).toMatchObject({ status: 404 });

    const other = (await createPracticeSession(userId, { mode: "questions", questionIds: [mcq.id, numeric.id] })).id;
    expect(await rejectionOf(submitPracticeAnswer(userId, other, numeric.id, { type: "NUMERIC", value: "1" }, 1))).toMatchObject({
      status: 409,
      code: "out_of_order",
    });
    expect(await rejectionOf(submitPracticeAnswer(userId, other, mcq.id, { type: "MCQ", optionId: "H" }, 1))).toMatchObject({ status: 400 });
    expect(await db.$primary().attempt.count({ where: { practiceSessionId: other } })).toBe(0);
  });

  it("leaves a written answer awaiting marking with suggestions, and completes the set after the last question", async () => {
    const { result, statements } = await countSqlStatements(() =>
      submitPracticeAnswer(userId, sessionId, written.id, { type: "WRITTEN", text: "Some physics words about energy and force." }, 60_000),
    );
    expect(result).toMatchObject({ index: 2, completed: true, repeated: false, result: { status: "AWAITING_MARKING", markedBy: null } });
    expect(result.result.pointAwards.length).toBeGreaterThan(0);
    // Awaiting marking: no progress or mistake statements, so fewer than a marked answer needs.
    expect(statements.length).toBeLessThanOrEqual(10);

    const session = await db.$primary().practiceSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(session).toMatchObject({ status: "COMPLETED", currentIndex: 3, completedAt: expect.any(Date) });
    const state = await getPracticeState(userId, sessionId);
    expect(state.view).toBeNull();
    expect(state.results.map((r) => r.status)).toEqual(["MARKED", "MARKED", "AWAITING_MARKING"]);
    expect((await getPracticeState(userId, sessionId, 2)).view?.answered).toMatchObject({ status: "AWAITING_MARKING", attemptId: result.attemptId });
    // A finished set still answers a repeated submit with the first result.
    expect(await submitPracticeAnswer(userId, sessionId, written.id, { type: "WRITTEN", text: "again" }, 1)).toMatchObject({
      repeated: true,
      attemptId: result.attemptId,
    });
    expect(await attempts()).toHaveLength(3);
  });
});
