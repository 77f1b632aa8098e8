import { randomUUID } from "node:crypto";
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";
import { countQueries } from "@/lib/db/query-counter";
import { cache, createCache } from "@/lib/cache/cache-aside";
import { createRedisClient, redis } from "@/lib/redis/redis-client";
import { env } from "@/lib/env";
import { recordAttempts, type AttemptToRecord } from "@/lib/attempts/record-attempts";
import { dashboardKey } from "@/lib/progress/dashboard-cache";
import { DEFAULT_NEW_PER_DAY } from "@/lib/flashcards/review-queue";
import { computeStudentDashboard, getStudentDashboard, getStudentDashboardJson } from "@/lib/dashboard/student-dashboard";
import { createTestUser, type TestUserOptions } from "@/lib/test-support/users";

type Question = AttemptToRecord["question"];
const users: string[] = [];
// These tests are about what the dashboard computes from rows written a moment ago, so they read the
// primary: a replica may not have replayed them yet. Routing is raw-reader.test's concern.
const primary = db.$primary() as typeof db;

async function createStudent(data: TestUserOptions["data"] = {}, courses: [slug: string, target: number | null][] = [["physics-sl", 6]]) {
  const user = await createTestUser({ courses, data, onboarded: false });
  users.push(user.id);
  return user.id;
}

/** One published 3-mark physics-sl question on the topic with this syllabus code. */
async function questionOn(code: string): Promise<Question> {
  const q = await db.question.findFirstOrThrow({
    where: { course: { slug: "physics-sl" }, topic: { code }, status: "PUBLISHED", marks: 3 },
    orderBy: { key: "asc" },
  });
  return { id: q.id, courseId: q.courseId, topicId: q.topicId, marks: q.marks, version: q.version };
}

const attempt = (question: Question, marksAwarded: number): AttemptToRecord => ({
  question,
  answer: { type: "NUMERIC", value: String(marksAwarded) },
  result: { status: "MARKED", marksAwarded, maxMarks: question.marks, pointAwards: [], markedBy: "AUTO", feedback: "" },
  timeSpentMs: 60_000,
});

/** Records through the real write path, then moves each attempt to the instant given (UTC). */
async function recordAt(userId: string, rows: [AttemptToRecord, string][]) {
  const ids = await recordAttempts(
    userId,
    rows.map(([a]) => a),
  );
  const values = ids.map((id, i) => Prisma.sql`(${id}::uuid, ${rows[i]![1]}::timestamp)`);
  await db.$executeRaw`update attempts set created_at = v.at from (values ${Prisma.join(values)}) as v(id, at) where attempts.id = v.id`;
}

afterAll(async () => {
  await cache.invalidate(...users.map(dashboardKey));
  await db.user.deleteMany({ where: { id: { in: users } } });
});

describe("the student dashboard on a hand-built fixture", () => {
  // 10:00 on 15 January 2030 in Los Angeles (UTC−8): the student's day runs 08:00Z on the 15th to 08:00Z on the 16th.
  const now = new Date("2030-01-15T18:00:00Z");
  let userId: string;

  beforeAll(async () => {
    userId = await createStudent({ name: "Fixture", timezone: "America/Los_Angeles", examMonth: "MAY", examYear: 2030 }, [
      ["physics-sl", 6],
      ["chemistry-sl", 5],
    ]);
    const [a1, a2, a3, b3] = await Promise.all(["A.1", "A.2", "A.3", "B.3"].map(questionOn));
    const fixture: [AttemptToRecord, string][] = [
      [attempt(a1!, 3), "2030-01-15T17:00:00Z"], // today 09:00 local
      [attempt(a2!, 1), "2030-01-15T17:05:00Z"], // today 09:05 local
      [attempt(a1!, 3), "2030-01-15T07:30:00Z"], // 14 Jan 23:30 local: the 15th in UTC, the 14th for the student
      [attempt(a1!, 3), "2030-01-14T04:00:00Z"], // 13 Jan 20:00 local
      [attempt(a3!, 3), "2030-01-14T04:10:00Z"], // 13 Jan 20:10 local
      [attempt(a1!, 0), "2030-01-10T20:00:00Z"], // 10 Jan (11 Jan has no activity: the streak stops there)
      [attempt(a2!, 0), "2030-01-10T20:10:00Z"],
      [attempt(a2!, 1), "2029-12-20T20:00:00Z"], // three weeks before this week
      [attempt(b3!, 0), "2029-12-20T20:10:00Z"],
      [attempt(a3!, 0), "2029-09-01T19:00:00Z"], // older than the twelve-week trend
    ];
    await recordAt(userId, fixture);

    // Two flashcards: one due at 23:00 local today (counts), one at 01:00 local tomorrow (does not); and a
    // review on 12 January, which keeps the streak going on a day without attempts.
    const [f1, f2] = await db.flashcard.findMany({ where: { course: { slug: "physics-sl" }, status: "PUBLISHED" }, take: 2, orderBy: { key: "asc" } });
    const [card] = await db.cardState.createManyAndReturn({
      data: [
        { userId, flashcardId: f1!.id, due: new Date("2030-01-16T07:00:00Z"), state: "REVIEW" },
        { userId, flashcardId: f2!.id, due: new Date("2030-01-16T09:00:00Z"), state: "REVIEW" },
      ],
    });
    await db.reviewLog.create({
      data: {
        userId,
        cardStateId: card!.id,
        rating: 3,
        state: "REVIEW",
        due: new Date("2030-01-12T20:00:00Z"),
        stability: 1,
        difficulty: 5,
        elapsedDays: 1,
        scheduledDays: 3,
        reviewedAt: new Date("2030-01-12T20:00:00Z"),
      },
    });
    await cache.invalidate(dashboardKey(userId));
  });

  it("computes every number on a miss in at most three queries, then serves the same payload from the cache in none", async () => {
    const miss = await countQueries(() => getStudentDashboard(userId, { now }));
    expect(miss.queries).toBeLessThanOrEqual(3);
    const d = miss.result;

    expect(d.timeZone).toBe("America/Los_Angeles");
    expect(d.today).toBe("2030-01-15");
    expect(d.exam).toEqual({ month: "MAY", year: 2030, startsOn: "2030-05-01", daysLeft: 106 });
    // 15, 14 (the 23:30 attempt), 13 and 12 (the review) January in Los Angeles; in UTC it would be 2.
    expect(d.streak).toEqual({ days: 4, activeToday: true });
    // Four mistake cards (A.1, A.2, A.3, B.3 were each answered wrongly at least once) + the flashcard due tonight.
    expect(d.cardsDueToday).toBe(5);
    // 81 physics and chemistry flashcards, two of them seen (before this 2030 "today"): the daily allowance of 20 is all left.
    expect(d.newCardsToday).toBe(DEFAULT_NEW_PER_DAY);

    expect(d.recentActivity).toHaveLength(10);
    expect(d.recentActivity[0]).toMatchObject({
      at: "2030-01-15T17:05:00.000Z",
      courseSlug: "physics-sl",
      courseName: "Physics SL",
      topicCode: "A.2",
      marksAwarded: 1,
      maxMarks: 3,
      status: "MARKED",
    });
    expect(d.recentActivity.at(-1)).toMatchObject({ at: "2029-09-01T19:00:00.000Z", topicCode: "A.3", marksAwarded: 0 });

    expect(d.courses.map((c) => [c.name, c.targetGrade])).toEqual([
      ["Chemistry SL", 5],
      ["Physics SL", 6],
    ]);
    const physics = d.courses[1]!;
    const mastery = Object.fromEntries(physics.topics.filter((t) => t.attempts).map((t) => [t.code, [t.mastery, t.attempts]]));
    expect(mastery).toEqual({ "A.1": [0.75, 4], "A.2": [0.222, 3], "A.3": [0.5, 2], "B.3": [0, 1] });
    expect(physics.topics.map((t) => t.code)).not.toContain("A"); // headings are not cells
    expect(physics.topics.find((t) => t.code === "C.1")).toMatchObject({ mastery: null, attempts: 0 });
    // The closed panel's summary: ten marked answers, mastery averaged over the four practised topics.
    expect(physics.answered).toBe(10);
    expect(physics.mastery).toBeCloseTo((0.75 + 0.222 + 0.5 + 0) / 4, 3);
    expect(physics.progress).toEqual({ attempted: 4, total: physics.topics.length, share: Math.round((4 / physics.topics.length) * 1000) / 1000 });
    expect(physics.weakTopics.map((t) => [t.code, t.mastery, t.href])).toEqual([
      ["A.2", 0.222, "/practice?course=physics-sl&topic=A.2"],
      ["A.3", 0.5, "/practice?course=physics-sl&topic=A.3"],
      ["A.1", 0.75, "/practice?course=physics-sl&topic=A.1"],
    ]);

    // This week (9–15 Jan): 13 of 21 marks; the week of 19–25 Dec: 1 of 6; September is outside the twelve weeks.
    expect(physics.accuracyTrend).toHaveLength(12);
    expect(physics.accuracyTrend[11]).toEqual({ weekStart: "2030-01-09", marksAwarded: 13, maxMarks: 21, share: 0.619 });
    expect(physics.accuracyTrend[8]).toEqual({ weekStart: "2029-12-19", marksAwarded: 1, maxMarks: 6, share: 0.167 });
    expect(physics.accuracyTrend.filter((w) => w.maxMarks).length).toBe(2);

    // Ten marked answers, but to four different questions: not enough evidence for a grade yet.
    expect(physics.prediction).toBeNull();
    expect(physics.predictionNeeds).toBe(1);

    const chemistry = d.courses[0]!;
    expect(chemistry).toMatchObject({ prediction: null, predictionNeeds: 5, weakTopics: [], progress: { attempted: 0, share: 0 }, answered: 0, mastery: null });
    expect(chemistry.accuracyTrend.every((w) => w.share === null)).toBe(true);

    const hit = await countQueries(() => getStudentDashboard(userId, { now }));
    expect(hit.queries).toBe(0);
    expect(hit.result).toEqual(d); // JSON-safe: what comes back from Redis is what was computed
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });

  it("sends the cached dashboard as the stored bytes: the same JSON as the computed one, on a miss and on a hit", async () => {
    const computed = JSON.stringify(await computeStudentDashboard(userId, now, db));
    await cache.invalidate(dashboardKey(userId));
    const miss = await countQueries(() => getStudentDashboardJson(userId, { now }));
    expect(miss.queries).toBeGreaterThan(0);
    expect(miss.result.stale).toBe(false);
    expect(miss.result.json.toString("utf8")).toBe(computed);
    const hit = await countQueries(() => getStudentDashboardJson(userId, { now }));
    expect(hit.queries).toBe(0);
    expect(hit.result.stale).toBe(false);
    expect(hit.result.json.toString("utf8")).toBe(computed);
    expect(JSON.stringify(await getStudentDashboard(userId, { now }))).toBe(computed);
  });

  it("answers for a student without courses or activity", async () => {
    const empty = await createStudent({}, []);
    const d = await computeStudentDashboard(empty, now, primary);
    expect(d).toMatchObject({ timeZone: "UTC", exam: null, streak: { days: 0, activeToday: false }, cardsDueToday: 0, recentActivity: [], courses: [] });
  });

  it("counts the new cards a student can start today, within the daily allowance", async () => {
    const today = new Date();
    // A new student's cards are all new: as many as the course has, up to the daily allowance.
    const historian = await createStudent({}, [["history-sl", null]]);
    const historyCards = await db.flashcard.count({ where: { course: { slug: "history-sl" }, status: "PUBLISHED" } });
    expect(historyCards).toBeGreaterThan(0);
    expect((await computeStudentDashboard(historian, today, primary)).newCardsToday).toBe(Math.min(historyCards, DEFAULT_NEW_PER_DAY));

    // 15 physics flashcards met today (due tomorrow, so not due): 5 more may be started, though 24 are unseen.
    const physicist = await createStudent({}, [["physics-sl", 6]]);
    const cards = await db.flashcard.findMany({ where: { course: { slug: "physics-sl" }, status: "PUBLISHED" }, take: 15, orderBy: { key: "asc" } });
    await db.cardState.createMany({
      data: cards.map((f) => ({ userId: physicist, flashcardId: f.id, due: new Date(today.getTime() + 2 * 86_400_000), state: "LEARNING" as const })),
    });
    const d = await computeStudentDashboard(physicist, today, primary);
    expect(d.cardsDueToday).toBe(0);
    expect(d.newCardsToday).toBe(DEFAULT_NEW_PER_DAY - 15);

    // The same student tomorrow: a fresh allowance of 20 (24 unseen remain).
    expect((await computeStudentDashboard(physicist, new Date(today.getTime() + 86_400_000), primary)).newCardsToday).toBe(DEFAULT_NEW_PER_DAY);
  });

  it("refuses an unknown user", async () => {
    await expect(computeStudentDashboard(randomUUID(), now, primary)).rejects.toThrow(/could not be found/);
  });
});

describe("the predicted grade on the dashboard", () => {
  /** `count` published physics-sl questions worth marks, in key order. */
  async function questions(count: number): Promise<Question[]> {
    const rows = await db.question.findMany({ where: { course: { slug: "physics-sl" }, status: "PUBLISHED", marks: 3 }, orderBy: { key: "asc" }, take: count });
    return rows.map((q) => ({ id: q.id, courseId: q.courseId, topicId: q.topicId, marks: q.marks, version: q.version }));
  }

  it("rests on different questions and topics: six questions, one answered thirteen times, give a wide range", async () => {
    const userId = await createStudent();
    const [repeated, ...others] = await questions(6);
    await recordAttempts(userId, [...Array.from({ length: 13 }, () => attempt(repeated!, 3)), ...others.map((q) => attempt(q, 2))]);
    const physics = (await computeStudentDashboard(userId, new Date(), primary)).courses[0]!;
    const topicsCovered = new Set([repeated!, ...others].map((q) => q.topicId)).size;
    // Per question: the repeated one (3/3) weighs 2, the five others (2/3) 1 each: 76.2%, not 49 of 54 (90.7%).
    expect(physics.prediction).toMatchObject({ grade: 7, high: 7, percent: 76.2, basis: 18, questions: 6, topicsCovered, topicsTotal: physics.topics.length });
    // Counted as eighteen answers this was a sure 7; six questions over a few topics reach down to a 5 or lower.
    expect(physics.prediction!.low).toBeLessThanOrEqual(5);
  });

  it("waits for five different questions, however often a few are answered", async () => {
    const userId = await createStudent();
    const [repeated, ...others] = await questions(4);
    await recordAttempts(userId, [...Array.from({ length: 15 }, () => attempt(repeated!, 3)), ...others.map((q) => attempt(q, 3))]);
    const physics = (await computeStudentDashboard(userId, new Date(), primary)).courses[0]!;
    expect(physics).toMatchObject({ prediction: null, predictionNeeds: 1 });
  });
});

describe("the cached dashboard", () => {
  it("shows a new attempt on the next call (the write path drops the cached copy)", async () => {
    const userId = await createStudent();
    const before = await getStudentDashboard(userId);
    expect(before.recentActivity).toEqual([]);
    expect(await redis.exists(dashboardKey(userId))).toBe(1);

    await recordAttempts(userId, [attempt(await questionOn("A.1"), 2)]);
    const after = await getStudentDashboard(userId);
    expect(after.recentActivity).toHaveLength(1);
    expect(after.recentActivity[0]).toMatchObject({ topicCode: "A.1", marksAwarded: 2, maxMarks: 3 });
    expect(after.courses[0]!.progress.attempted).toBe(1);
    expect(after.courses[0]!.topics.find((t) => t.code === "A.1")!.mastery).toBeCloseTo(0.667, 3);
    expect(after.streak).toEqual({ days: 1, activeToday: true });
  });

  it("computes once for 100 concurrent requests on a cold key, across two app instances", async () => {
    const userId = await createStudent();
    await recordAttempts(userId, [attempt(await questionOn("A.2"), 3)]);
    await cache.invalidate(dashboardKey(userId));
    const otherInstance = createCache({ redis: createRedisClient(env.REDIS_URL, { keyPrefix: env.REDIS_KEY_PREFIX }), enabled: true });

    const { result, queries } = await countQueries(() =>
      Promise.all(Array.from({ length: 100 }, (_, i) => getStudentDashboard(userId, i % 4 === 3 ? { cache: otherInstance } : {}))),
    );
    // One computation (two statements) in all; the other instance waited for its result in Redis.
    expect(queries).toBeLessThanOrEqual(3);
    expect(new Set(result.map((r) => JSON.stringify(r))).size).toBe(1);
    expect(result[0]!.recentActivity).toHaveLength(1);
  });

  it("still answers from the database when Redis is down", async () => {
    const userId = await createStudent();
    await recordAttempts(userId, [attempt(await questionOn("A.3"), 1)]);
    const closedPort = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const deadRedis = createRedisClient(`redis://127.0.0.1:${closedPort}`, { commandTimeoutMs: 100 });
    try {
      const dead = createCache({ redis: deadRedis, enabled: true });
      const started = performance.now();
      const { result, queries } = await countQueries(() => getStudentDashboard(userId, { cache: dead }));
      expect(performance.now() - started).toBeLessThan(3_000);
      expect(queries).toBeGreaterThan(0); // computed from the database
      expect(result.recentActivity[0]).toMatchObject({ topicCode: "A.3", marksAwarded: 1 });
      expect(result.courses.map((c) => c.slug)).toEqual(["physics-sl"]);
    } finally {
      deadRedis.disconnect();
    }
  });
});
