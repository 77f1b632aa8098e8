import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { cache } from "@/lib/cache/cache-aside";
import { redis } from "@/lib/redis/redis-client";
import { dashboardCachePolicy, dashboardKey } from "@/lib/progress/dashboard-cache";
import { completeSelfMarking } from "@/lib/attempts/complete-self-marking";
import { createPracticeSession } from "@/lib/practice/create-practice-session";
import { submitPracticeAnswer } from "@/lib/practice/submit-practice-answer";
import { publishedQuestions } from "@/lib/test-support/questions";
import { rejectionOf } from "@/lib/test-support/rejection";
import { createTestUser, deleteTestUsers } from "@/lib/test-support/users";

describe("completeSelfMarking", () => {
  let userId: string;
  let otherId: string;
  let sessionId: string;
  let written: Awaited<ReturnType<typeof publishedQuestions>>;
  const labelsOf = async (questionId: string) =>
    await db.$primary().markingPoint.findMany({ where: { questionId }, orderBy: { sortOrder: "asc" }, select: { label: true, marks: true } });
  const progress = (topicId: string) => db.$primary().topicProgress.findUnique({ where: { userId_topicId: { userId, topicId } } });

  beforeAll(async () => {
    [userId, otherId] = [(await createTestUser()).id, (await createTestUser()).id];
    // Three written questions on different topics, so each test sees its own topic's progress.
    const all = await publishedQuestions("biology-sl", { type: "WRITTEN" });
    written = all.filter((q, i) => all.findIndex((o) => o.topicId === q.topicId) === i).slice(0, 3);
    sessionId = (await createPracticeSession(userId, { mode: "questions", questionIds: written.map((q) => q.id) })).id;
  });
  afterAll(() => deleteTestUsers([userId, otherId]));

  const submitWritten = async (i: number) =>
    (await submitPracticeAnswer(userId, sessionId, written[i]!.id, { type: "WRITTEN", text: "An answer to check against the markscheme." }, 30_000)).attemptId;

  it("marks the attempt as the student ticked it and counts it towards progress once", async () => {
    const q = written[0]!;
    const attemptId = await submitWritten(0);
    expect(await progress(q.topicId)).toBeNull(); // awaiting marking: not counted yet
    await cache.getOrCompute(dashboardKey(userId), dashboardCachePolicy, async () => ({ stale: true }));

    const [first] = await labelsOf(q.id);
    const { result } = await completeSelfMarking(userId, attemptId, { labels: [first!.label] });
    expect(result).toMatchObject({ status: "MARKED", markedBy: "SELF", maxMarks: q.marks });
    expect(result.marksAwarded).toBeGreaterThan(0);

    const row = await db.$primary().attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(row).toMatchObject({ status: "MARKED", markedBy: "SELF", marksAwarded: result.marksAwarded, markedAt: expect.any(Date) });
    expect(row.pointAwards).toEqual(result.pointAwards);
    expect(await progress(q.topicId)).toMatchObject({ attempts: 1, marksAwarded: result.marksAwarded, marksAvailable: result.maxMarks });
    expect(await redis.exists(dashboardKey(userId))).toBe(0);
    // Not full marks: the question joins the mistake review queue.
    if (result.marksAwarded < result.maxMarks) expect(await db.$primary().cardState.count({ where: { userId, questionId: q.id } })).toBe(1);

    // A second marking is refused and changes nothing.
    const again = await rejectionOf(completeSelfMarking(userId, attemptId, { labels: [] }));
    expect(again).toMatchObject({ status: 409, code: "already_marked" });
    expect(await progress(q.topicId)).toMatchObject({ attempts: 1 });
  });

  it("refuses another user's attempt, an attempt of another set, and unknown points", async () => {
    const attemptId = await submitWritten(1);
    expect(await rejectionOf(completeSelfMarking(otherId, attemptId, { labels: [] }))).toMatchObject({ status: 404 });
    expect(
      await rejectionOf(completeSelfMarking(userId, attemptId, { labels: [] }, { practiceSessionId: "00000000-0000-7000-8000-000000000000" })),
    ).toMatchObject({
      status: 404,
    });
    expect(await rejectionOf(completeSelfMarking(userId, attemptId, { labels: ["ZZ9"] }))).toMatchObject({ status: 400 });
    expect(await db.$primary().attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({ status: "AWAITING_MARKING" });
    expect(await progress(written[1]!.topicId)).toBeNull();
  });

  it("counts a double click once", async () => {
    const q = written[2]!;
    const attemptId = await submitWritten(2);
    const labels = (await labelsOf(q.id)).map((p) => p.label);
    const outcomes = await Promise.allSettled([
      completeSelfMarking(userId, attemptId, { labels }, { practiceSessionId: sessionId }),
      completeSelfMarking(userId, attemptId, { labels }, { practiceSessionId: sessionId }),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await progress(q.topicId)).toMatchObject({ attempts: 1, fullyCorrect: 1 });
  });
});
