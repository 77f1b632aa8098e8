import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { redis } from "@/lib/redis/redis-client";
import { countQueries } from "@/lib/db/query-counter";
import { recordAttempts } from "@/lib/attempts/record-attempts";
import { STATS_REFRESH_LOCK_KEY, refreshStats } from "./refresh-stats";
import { loadPlatformAnalytics } from "./load-platform-analytics";
import { analyticsKey, getPlatformAnalytics } from "./platform-analytics";
import { waitForReplica } from "@/lib/test-support/replica";
import { createTestUsers, deleteTestUsers } from "@/lib/test-support/users";

/** A UTC day as the views store it. */
const utcDay = (d: Date) => d.toISOString().slice(0, 10);

const DAY_MS = 86_400_000;

/** Fresh figures: the views refreshed and the refresh replayed on the replica the analytics read. */
async function refreshed(days: number) {
  await redis.del(STATS_REFRESH_LOCK_KEY);
  const summary = await refreshStats();
  if (summary.status !== "refreshed" || !summary.views.every((v) => v.ok)) throw new Error(`refresh failed: ${JSON.stringify(summary)}`);
  await waitForReplica();
  return loadPlatformAnalytics(days);
}

const users: string[] = [];
afterAll(async () => {
  await deleteTestUsers(users);
});

describe("platform analytics", () => {
  it("counts today's sign-ups, active students and attempts after a refresh", async () => {
    const today = await createTestUsers(3);
    users.push(...today);
    const question = await db.$primary().question.findFirstOrThrow({
      where: { status: "PUBLISHED", type: "MCQ" },
      select: { id: true, courseId: true, topicId: true, marks: true, version: true },
    });
    for (const userId of today) {
      const attempt = { question, answer: { type: "MCQ" as const, optionId: "A" }, timeSpentMs: 1000 };
      await recordAttempts(userId, [
        { ...attempt, result: { status: "MARKED", marksAwarded: question.marks, maxMarks: question.marks, pointAwards: [], markedBy: "AUTO", feedback: "" } },
        { ...attempt, result: { status: "MARKED", marksAwarded: 0, maxMarks: question.marks, pointAwards: [], markedBy: "AUTO", feedback: "" } },
      ]);
    }

    const analytics = await refreshed(7);
    expect(analytics.daily).toHaveLength(7);
    const [{ day } = { day: "" }] = await db.$primary().$queryRaw<{ day: string }[]>`SELECT to_char((now() AT TIME ZONE 'UTC')::date, 'YYYY-MM-DD') AS day`;
    expect(analytics.today).toBe(day);
    const todays = analytics.daily.at(-1)!;
    expect(todays.day).toBe(day);
    expect(todays.signups).toBeGreaterThanOrEqual(3);
    expect(todays.activeStudents).toBeGreaterThanOrEqual(3);
    expect(todays.attempts).toBeGreaterThanOrEqual(6);
    expect(analytics.active.today).toBe(todays.activeStudents);
    expect(analytics.active.last7Days).toBeGreaterThanOrEqual(3);
    expect(analytics.active.last30Days).toBeGreaterThanOrEqual(analytics.active.last7Days);
    expect(analytics.totals.attempts).toBe(analytics.daily.reduce((n, d) => n + d.attempts, 0));
    expect(analytics.topCourses.find((c) => c.courseId === question.courseId)?.activeStudents30d).toBeGreaterThanOrEqual(3);
  });

  it("matches the base tables exactly on a past day (days without activity are zeros)", async () => {
    const question = await db.$primary().question.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { id: true, courseId: true, topicId: true } });
    // A day no other test writes to: everything else they create is "now".
    const [{ since } = { since: "" }] = await db.$primary().$queryRaw<
      { since: string }[]
    >`SELECT to_char((now() AT TIME ZONE 'UTC')::date - 200, 'YYYY-MM-DD') AS since`;
    const noon = new Date(`${since}T12:00:00Z`);
    const past = await createTestUsers(4, { data: { createdAt: noon } });
    users.push(...past);
    // A fixture, not an answer: the write path stamps attempts "now", and this one must be dated.
    await db.attempt.createMany({
      data: past.flatMap((userId, i) =>
        Array.from({ length: i + 1 }, (_, k) => ({
          userId,
          questionId: question.id,
          courseId: question.courseId,
          topicId: question.topicId,
          answer: {},
          status: "MARKED" as const,
          marksAwarded: k % 2,
          maxMarks: 1,
          createdAt: new Date(noon.getTime() + k * 60_000),
        })),
      ),
    });

    const [truth] = await db.$primary().$queryRaw<{ signups: number; active: number; attempts: number }[]>`
      SELECT (SELECT count(*)::int FROM users WHERE created_at::date = ${since}::date) AS signups,
             (SELECT count(DISTINCT user_id)::int FROM (SELECT user_id FROM attempts WHERE created_at::date = ${since}::date
                UNION ALL SELECT user_id FROM review_logs WHERE reviewed_at::date = ${since}::date) a) AS active,
             (SELECT count(*)::int FROM attempts WHERE created_at::date = ${since}::date) AS attempts`;
    expect(truth!.attempts).toBeGreaterThanOrEqual(10);

    const analytics = await refreshed(365);
    expect(analytics.daily).toHaveLength(365);
    const entry = analytics.daily.find((d) => d.day === since);
    expect(entry).toMatchObject({ signups: truth!.signups, activeStudents: truth!.active, attempts: truth!.attempts });
    const dayBefore = utcDay(new Date(noon.getTime() - DAY_MS));
    expect(analytics.daily.find((d) => d.day === dayBefore)?.signups).toBe(0);
    // Weeks and months count distinct students: the fixture's week includes them all.
    const week = analytics.active.weekly.find((w) => w.periodStart <= since && since < utcDay(new Date(Date.parse(w.periodStart) + 7 * DAY_MS)));
    expect(week?.activeStudents).toBeGreaterThanOrEqual(4);
  });

  it("flags a question far below its course average once it has 20 attempts", async () => {
    // A course no other test answers in, so its average is the fixture's own: (0·20 + 1·40 + 0·19) / 79.
    const course = await db.$primary().course.findFirstOrThrow({
      where: { questions: { none: {} }, attempts: { none: {} }, topics: { some: {} } },
      orderBy: { slug: "asc" },
      select: { id: true, topics: { take: 1, select: { id: true } } },
    });
    const topicId = course.topics[0]!.id;
    const make = (label: string) =>
      db.question.create({
        data: {
          key: `analytics-test-${label}-${randomUUID()}`,
          courseId: course.id,
          topicId,
          type: "MCQ",
          difficulty: 3,
          marks: 1,
          paper: "P1",
          calculator: false,
          commandTerm: "State",
          stem: `Synthetic ${label} question`,
          workedSolution: "-",
          status: "DRAFT",
          source: { kind: "original", note: "analytics test" },
        },
        select: { id: true },
      });
    const [hard, easy, rare] = [await make("hard"), await make("easy"), await make("rare")];
    const [student] = await createTestUsers(1);
    users.push(student!);
    const attempts = (questionId: string, count: number, marksAwarded: number) =>
      Array.from({ length: count }, () => ({
        userId: student!,
        questionId,
        courseId: course.id,
        topicId,
        answer: {},
        status: "MARKED" as const,
        marksAwarded,
        maxMarks: 1,
      }));
    await db.attempt.createMany({ data: [...attempts(hard.id, 20, 0), ...attempts(easy.id, 40, 1), ...attempts(rare.id, 19, 0)] });

    try {
      const analytics = await refreshed(30);
      const flagged = analytics.lowSuccessQuestions.find((q) => q.questionId === hard.id);
      expect(flagged).toMatchObject({ attempts: 20, meanShare: 0, status: "DRAFT" });
      expect(flagged!.courseMeanShare).toBeCloseTo(40 / 79, 5);
      expect(analytics.lowSuccessQuestions.some((q) => q.questionId === easy.id)).toBe(false);
      // 19 attempts are too few to judge, however low.
      expect(analytics.lowSuccessQuestions.some((q) => q.questionId === rare.id)).toBe(false);
    } finally {
      await deleteTestUsers([student!]);
      await db.question.deleteMany({ where: { id: { in: [hard.id, easy.id, rare.id] } } });
      await refreshStats();
    }
  });

  it("reads the views in 4 queries and caches the result per window for everyone", async () => {
    const { queries } = await countQueries(() => loadPlatformAnalytics(30));
    expect(queries).toBe(4);
    await redis.del(analyticsKey(12));
    const first = await getPlatformAnalytics({ days: 12 });
    expect(first.days).toBe(12);
    expect(await redis.ttl(analyticsKey(12))).toBeGreaterThan(0);
    const again = await countQueries(() => getPlatformAnalytics({ days: 12 }));
    expect(again.queries).toBe(0);
    expect(again.result.generatedAt).toBe(first.generatedAt);
    await redis.del(analyticsKey(12));
  });
});

beforeAll(async () => {
  await redis.del(STATS_REFRESH_LOCK_KEY);
});
