import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { cache } from "@/lib/cache/cache-aside";
import { redis } from "@/lib/redis/redis-client";
import { AppError } from "@/lib/errors";
import { dashboardCachePolicy, dashboardKey } from "@/lib/progress/dashboard-cache";
import { reviewCard } from "./review-card";

const DAY = 86_400_000;
const userIds: string[] = [];
let courseId: string;
let flashcards: { id: string }[];
let foreignFlashcard: string;

async function student(data: { examMonth?: "MAY" | "NOVEMBER"; examYear?: number } = {}) {
  const user = await db.user.create({ data: { email: `review-${randomUUID()}@example.test`, ...data, enrolments: { create: { courseId } } } });
  userIds.push(user.id);
  return user.id;
}

/** Resolves to the HTTP status of the AppError a call rejects with. */
const statusOf = (work: Promise<unknown>) =>
  work.then(
    () => 200,
    (err: unknown) => (err instanceof AppError ? err.status : Promise.reject(err)),
  );

beforeAll(async () => {
  courseId = (await db.course.findUniqueOrThrow({ where: { slug: "physics-sl" } })).id;
  flashcards = await db.flashcard.findMany({ where: { courseId, status: "PUBLISHED" }, orderBy: { key: "asc" }, take: 5, select: { id: true } });
  foreignFlashcard = (await db.flashcard.findFirstOrThrow({ where: { course: { slug: "biology-hl" } } })).id;
});
afterAll(async () => {
  await db.user.deleteMany({ where: { id: { in: userIds } } });
});

describe("reviewCard", () => {
  it("creates the card's state on its first review, schedules it and logs the review", async () => {
    const userId = await student();
    const now = new Date("2026-02-02T08:00:00Z");
    const result = await reviewCard(userId, { flashcardId: flashcards[0]!.id }, 3, now);
    expect(result).toMatchObject({ state: "LEARNING", intervalText: "in 10 minutes", timeZone: "UTC" });
    expect(result.due).toEqual(new Date(now.getTime() + 10 * 60_000));

    const state = await db.$primary().cardState.findUniqueOrThrow({ where: { id: result.cardStateId }, include: { reviewLogs: true } });
    expect(state).toMatchObject({ userId, flashcardId: flashcards[0]!.id, reps: 1, lapses: 0, state: "LEARNING", lastReview: now, createdAt: now });
    expect(state.reviewLogs).toHaveLength(1);
    expect(state.reviewLogs[0]).toMatchObject({ userId, rating: 3, state: "NEW", reviewedAt: now });
  });

  it("advances with Good, counts a lapse on Again, and logs every review", async () => {
    const userId = await student();
    let now = new Date("2026-02-02T08:00:00Z");
    const first = await reviewCard(userId, { flashcardId: flashcards[1]!.id }, 4, now); // Easy: straight to review
    expect(first.state).toBe("REVIEW");
    expect(first.scheduledDays).toBeGreaterThanOrEqual(1);

    now = first.due;
    const second = await reviewCard(userId, { cardStateId: first.cardStateId }, 3, now);
    expect(second.cardStateId).toBe(first.cardStateId);
    expect(second.scheduledDays).toBeGreaterThan(first.scheduledDays);
    expect(second.intervalText).toMatch(/^in \d+ (days?|months?)$/);

    now = second.due;
    const third = await reviewCard(userId, { cardStateId: first.cardStateId }, 1, now);
    expect(third).toMatchObject({ state: "RELEARNING", lapses: 1 });
    expect(third.due.getTime() - now.getTime()).toBeLessThan(DAY);

    const logs = await db.$primary().reviewLog.findMany({ where: { userId }, orderBy: { reviewedAt: "asc" } });
    expect(logs.map((l) => [l.rating, l.state])).toEqual([
      [4, "NEW"],
      [3, "REVIEW"],
      [1, "REVIEW"],
    ]);
  });

  it("reviews a mistake card by its state id", async () => {
    const userId = await student();
    const question = await db.question.findFirstOrThrow({ where: { courseId, status: "PUBLISHED" } });
    const card = await db.cardState.create({ data: { userId, questionId: question.id, due: new Date("2026-02-01T00:00:00Z") } });
    const result = await reviewCard(userId, { cardStateId: card.id }, 2, new Date("2026-02-02T08:00:00Z"));
    expect(result.state).toBe("LEARNING");
    expect(await db.$primary().reviewLog.count({ where: { cardStateId: card.id } })).toBe(1);
  });

  it("answers 404 for a card outside the student's courses or another student's card, and writes nothing", async () => {
    const userId = await student();
    const other = await student();
    expect(await statusOf(reviewCard(userId, { flashcardId: foreignFlashcard }, 3))).toBe(404);
    expect(await statusOf(reviewCard(userId, { flashcardId: randomUUID() }, 3))).toBe(404);
    expect(await statusOf(reviewCard(userId, { flashcardId: "not-a-uuid" }, 3))).toBe(404);
    const theirs = await reviewCard(other, { flashcardId: flashcards[0]!.id }, 3);
    expect(await statusOf(reviewCard(userId, { cardStateId: theirs.cardStateId }, 3))).toBe(404);

    // A state left over from a course the student has since left is not reviewable either.
    const leftover = await db.cardState.create({ data: { userId, flashcardId: foreignFlashcard, due: new Date() } });
    expect(await statusOf(reviewCard(userId, { cardStateId: leftover.id }, 3))).toBe(404);

    expect(await db.$primary().cardState.count({ where: { userId } })).toBe(1); // only the leftover
    expect(await db.$primary().reviewLog.count({ where: { userId } })).toBe(0);
  });

  it("refuses a rating outside 1–4 with 400", async () => {
    const userId = await student();
    for (const rating of [0, 5, 2.5, Number.NaN]) expect(await statusOf(reviewCard(userId, { flashcardId: flashcards[0]!.id }, rating))).toBe(400);
  });

  it("never schedules past the student's exam, and weekly in its last 30 days", async () => {
    const userId = await student({ examMonth: "MAY", examYear: 2027 });
    const now = new Date("2027-04-11T09:00:00Z"); // 20 days before 1 May 2027
    const result = await reviewCard(userId, { flashcardId: flashcards[2]!.id }, 4, now);
    const again = await reviewCard(userId, { cardStateId: result.cardStateId }, 4, result.due);
    expect(again.due.getTime() - result.due.getTime()).toBeLessThanOrEqual(7 * DAY);
    expect(again.due < new Date("2027-05-01T00:00:00Z")).toBe(true);
  });

  it("drops the student's cached dashboard", async () => {
    const userId = await student();
    await cache.getOrCompute(dashboardKey(userId), dashboardCachePolicy, async () => ({ stale: true }));
    expect(await redis.exists(dashboardKey(userId))).toBe(1);
    await reviewCard(userId, { flashcardId: flashcards[3]!.id }, 3);
    expect(await redis.exists(dashboardKey(userId))).toBe(0);
  });
});
