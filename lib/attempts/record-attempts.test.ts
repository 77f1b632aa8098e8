import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { countQueries } from "@/lib/db/query-counter";
import { cache } from "@/lib/cache/cache-aside";
import { redis } from "@/lib/redis/redis-client";
import { dashboardCachePolicy, dashboardKey } from "@/lib/progress/dashboard-cache";
import type { MarkResult } from "@/lib/marking/marking-types";
import { recordAttempts, type AttemptToRecord } from "./record-attempts";

const result = (marksAwarded: number, maxMarks: number, status: MarkResult["status"] = "MARKED"): MarkResult => ({
  status,
  marksAwarded,
  maxMarks,
  pointAwards: [],
  markedBy: status === "MARKED" ? "AUTO" : null,
  feedback: "",
});

describe("recordAttempts", () => {
  let userId: string;
  let questions: AttemptToRecord["question"][];

  beforeAll(async () => {
    userId = (await db.user.create({ data: { email: `attempts-${randomUUID()}@example.test` } })).id;
    // Three published questions on two topics of one course.
    const rows = await db.$primary().question.findMany({ where: { course: { slug: "physics-sl" }, status: "PUBLISHED" }, orderBy: { key: "asc" }, take: 40 });
    // A topic with two of them (other tests may add one-question topics to the shared course).
    const first = rows.find((q) => rows.some((r) => r.id !== q.id && r.topicId === q.topicId));
    const sameTopic = rows.find((q) => q.id !== first!.id && q.topicId === first!.topicId)!;
    const otherTopic = rows.find((q) => q.topicId !== first!.topicId)!;
    questions = [first!, sameTopic, otherTopic].map((q) => ({ id: q.id, courseId: q.courseId, topicId: q.topicId, marks: q.marks, version: q.version }));
  });
  afterAll(async () => {
    await db.user.delete({ where: { id: userId } });
  });

  it("records attempts, folds them into topic progress, queues mistakes, in a bounded number of queries", async () => {
    const [a, b, c] = questions as [AttemptToRecord["question"], AttemptToRecord["question"], AttemptToRecord["question"]];
    const attempts: AttemptToRecord[] = [
      { question: a, answer: { type: "NUMERIC", value: "1" }, result: result(a.marks, a.marks), timeSpentMs: 30_000 },
      { question: b, answer: { type: "NUMERIC", value: "2" }, result: result(0, b.marks), timeSpentMs: 40_000 },
      { question: c, answer: { type: "WRITTEN", text: "t" }, result: result(0, c.marks, "AWAITING_MARKING"), timeSpentMs: 50_000 },
    ];
    const { result: ids, queries } = await countQueries(() => recordAttempts(userId, attempts));
    expect(ids).toHaveLength(3);
    // begin + createMany + one progress upsert + one mistakes insert + commit: never one per attempt.
    expect(queries).toBeLessThanOrEqual(5);

    const progress = await db.$primary().topicProgress.findMany({ where: { userId } });
    expect(progress).toHaveLength(1); // the written answer awaits marking and does not count yet
    expect(progress[0]).toMatchObject({ topicId: a.topicId, attempts: 2, fullyCorrect: 1, marksAwarded: a.marks, marksAvailable: a.marks + b.marks });
    expect(progress[0]!.mastery).toBeCloseTo(a.marks / (a.marks + b.marks), 5);

    const cards = await db.$primary().cardState.findMany({ where: { userId } });
    expect(cards.map((x) => x.questionId)).toEqual([b.id]);
  });

  it("moves mastery towards recent scores and does not queue the same mistake twice", async () => {
    const q = questions[1]!;
    const before = await db.$primary().topicProgress.findUniqueOrThrow({ where: { userId_topicId: { userId, topicId: q.topicId } } });
    await recordAttempts(userId, [{ question: q, answer: { type: "NUMERIC", value: "9" }, result: result(0, q.marks), timeSpentMs: 1 }]);
    const after = await db.$primary().topicProgress.findUniqueOrThrow({ where: { userId_topicId: { userId, topicId: q.topicId } } });
    expect(after.attempts).toBe(before.attempts + 1);
    expect(after.mastery).toBeCloseTo(before.mastery * 0.7, 5);
    expect(await db.$primary().cardState.count({ where: { userId, questionId: q.id } })).toBe(1);
  });

  it("drops the user's cached dashboard", async () => {
    await cache.getOrCompute(dashboardKey(userId), dashboardCachePolicy, async () => ({ stale: true }));
    expect(await redis.exists(dashboardKey(userId))).toBe(1);
    const q = questions[0]!;
    await recordAttempts(userId, [{ question: q, answer: { type: "NUMERIC", value: "1" }, result: result(q.marks, q.marks), timeSpentMs: 1 }]);
    expect(await redis.exists(dashboardKey(userId))).toBe(0);
  });
});
