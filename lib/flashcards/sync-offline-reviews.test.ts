import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import type { ConflictError } from "@/lib/errors";
import { reviewCard } from "./review-card";
import type { OfflineReview } from "./offline-review-input";
import { MAX_CLOCK_SKEW_MS, syncOfflineReviews } from "./sync-offline-reviews";

const MINUTE = 60_000;
const DAY = 86_400_000;
const userIds: string[] = [];
let courseId: string;
let flashcards: string[];
let foreignFlashcard: string;

async function student() {
  const user = await db.user.create({ data: { email: `offline-sync-${randomUUID()}@example.test`, enrolments: { create: { courseId } } } });
  userIds.push(user.id);
  return user.id;
}

/** A card in review, last reviewed `days` ago and due now: what an offline pack would hold. */
async function dueCard(userId: string, flashcardId: string, now: Date, days = 6) {
  const state = await db.cardState.create({
    data: {
      userId,
      flashcardId,
      state: "REVIEW",
      due: new Date(now.getTime() - DAY),
      lastReview: new Date(now.getTime() - days * DAY),
      stability: 5,
      difficulty: 5,
      reps: 3,
      scheduledDays: days - 1,
      createdAt: new Date(now.getTime() - 30 * DAY),
    },
  });
  return state.id;
}

const offline = (cardStateId: string, rating: number, reviewedAt: Date, seenAt: Date, id = randomUUID()): OfflineReview => ({
  id,
  card: { cardStateId },
  rating,
  reviewedAt,
  seenAt,
});

const scheduleOf = (cardStateId: string) =>
  db.$primary().cardState.findUniqueOrThrow({
    where: { id: cardStateId },
    select: { due: true, stability: true, difficulty: true, state: true, reps: true, lapses: true, scheduledDays: true, lastReview: true },
  });

beforeAll(async () => {
  courseId = (await db.course.findUniqueOrThrow({ where: { slug: "physics-sl" } })).id;
  flashcards = (await db.flashcard.findMany({ where: { courseId, status: "PUBLISHED" }, orderBy: { key: "asc" }, take: 4, select: { id: true } })).map(
    (f) => f.id,
  );
  foreignFlashcard = (await db.flashcard.findFirstOrThrow({ where: { course: { slug: "biology-hl" } } })).id;
});
afterAll(async () => {
  await db.user.deleteMany({ where: { id: { in: userIds } } });
});

describe("syncOfflineReviews", () => {
  it("applies each review at its own time, in the order made, exactly as the same reviews made online", async () => {
    const packAt = new Date("2026-03-02T07:00:00Z");
    const [offlineStudent, onlineStudent] = [await student(), await student()];
    const times = [new Date("2026-03-02T08:00:00Z"), new Date("2026-03-02T08:01:30Z"), new Date("2026-03-02T08:03:00Z")];
    const ratings = [3, 1, 4];
    const offlineCards = await Promise.all(flashcards.slice(0, 3).map((f) => dueCard(offlineStudent, f, packAt)));
    const onlineCards = await Promise.all(flashcards.slice(0, 3).map((f) => dueCard(onlineStudent, f, packAt)));

    // Sent newest first: the sync still applies them oldest first.
    const reviews = offlineCards.map((card, i) => offline(card, ratings[i]!, times[i]!, packAt)).reverse();
    const results = await syncOfflineReviews(offlineStudent, offlineStudent, reviews, new Date("2026-03-02T09:00:00Z"));
    expect(results.map((r) => r.outcome)).toEqual(["applied", "applied", "applied"]);
    expect(results.map((r) => r.id)).toEqual(reviews.map((r) => r.id).reverse());

    for (const [i, card] of onlineCards.entries()) await reviewCard(onlineStudent, { cardStateId: card }, ratings[i]!, times[i]!);
    for (const i of [0, 1, 2]) expect(await scheduleOf(offlineCards[i]!)).toEqual(await scheduleOf(onlineCards[i]!));

    const logs = await db.$primary().reviewLog.findMany({ where: { userId: offlineStudent }, orderBy: { reviewedAt: "asc" } });
    expect(logs.map((l) => [l.reviewedAt, l.rating, l.clientReviewId])).toEqual(times.map((t, i) => [t, ratings[i], reviews[2 - i]!.id]));
  });

  it("counts a review once however often it is sent, even by two syncs at the same moment", async () => {
    const packAt = new Date("2026-03-03T07:00:00Z");
    const userId = await student();
    const cards = await Promise.all(flashcards.slice(0, 2).map((f) => dueCard(userId, f, packAt)));
    const reviews = cards.map((card, i) => offline(card, 3, new Date(packAt.getTime() + (i + 1) * MINUTE), packAt));
    const now = new Date("2026-03-03T09:00:00Z");

    const [first, second] = await Promise.all([syncOfflineReviews(userId, userId, reviews, now), syncOfflineReviews(userId, userId, reviews, now)]);
    const outcomes = [...first, ...second].map((r) => r.outcome).sort();
    expect(outcomes).toEqual(["applied", "applied", "duplicate", "duplicate"]);
    const schedule = await scheduleOf(cards[0]!);

    const retry = await syncOfflineReviews(userId, userId, reviews, now);
    expect(retry.map((r) => r.outcome)).toEqual(["duplicate", "duplicate"]);
    expect(retry[0]).toMatchObject({ cardStateId: cards[0], due: schedule.due });
    expect(await db.$primary().reviewLog.count({ where: { userId } })).toBe(2);
    expect(await scheduleOf(cards[0]!)).toEqual(schedule);
  });

  it("does not apply a review made from a copy of the card older than its latest review", async () => {
    const packAt = new Date("2026-03-04T07:00:00Z");
    const userId = await student();
    const card = await dueCard(userId, flashcards[0]!, packAt);
    // Reviewed online after the device fetched its pack, then rated again on the device, offline.
    const online = await reviewCard(userId, { cardStateId: card }, 3, new Date("2026-03-04T08:00:00Z"));
    const before = await scheduleOf(card);

    const [result] = await syncOfflineReviews(userId, userId, [offline(card, 1, new Date("2026-03-04T08:30:00Z"), packAt)], new Date("2026-03-04T09:00:00Z"));
    expect(result).toMatchObject({ outcome: "superseded", cardStateId: card, due: online.due });
    expect(await scheduleOf(card)).toEqual(before);
    expect(await db.$primary().reviewLog.count({ where: { userId } })).toBe(1);
  });

  it("resolves one card reviewed on two devices: the first review to reach the server counts", async () => {
    const packAt = new Date("2026-03-05T07:00:00Z");
    const userId = await student();
    const card = await dueCard(userId, flashcards[1]!, packAt);
    const phone = offline(card, 4, new Date("2026-03-05T08:00:00Z"), packAt);
    const laptop = offline(card, 1, new Date("2026-03-05T08:10:00Z"), packAt);
    const now = new Date("2026-03-05T12:00:00Z");

    expect((await syncOfflineReviews(userId, userId, [laptop], now))[0]!.outcome).toBe("applied");
    expect((await syncOfflineReviews(userId, userId, [phone], now))[0]!.outcome).toBe("superseded");
    const logs = await db.$primary().reviewLog.findMany({ where: { userId } });
    expect(logs.map((l) => l.clientReviewId)).toEqual([laptop.id]);
    expect(await scheduleOf(card)).toMatchObject({ lastReview: laptop.reviewedAt, lapses: 1 });
  });

  it("refuses reviews from the future, from long ago and of cards not the student's, and still applies the rest", async () => {
    const now = new Date("2026-03-06T12:00:00Z");
    const userId = await student();
    const card = await dueCard(userId, flashcards[2]!, now);
    const skewed = offline(card, 3, new Date(now.getTime() + MAX_CLOCK_SKEW_MS / 2), now);
    const future: OfflineReview = { ...offline(card, 3, new Date(now.getTime() + 2 * MAX_CLOCK_SKEW_MS), now) };
    const old = offline(card, 3, new Date(now.getTime() - 40 * DAY), now);
    const foreign: OfflineReview = { id: randomUUID(), card: { flashcardId: foreignFlashcard }, rating: 3, reviewedAt: now, seenAt: now };

    const results = await syncOfflineReviews(userId, userId, [future, old, foreign, skewed], now);
    const byId = new Map(results.map((r) => [r.id, r]));
    expect(byId.get(future.id)).toMatchObject({ outcome: "rejected", error: { code: "future_review" } });
    expect(byId.get(old.id)).toMatchObject({ outcome: "rejected", error: { code: "review_too_old" } });
    expect(byId.get(foreign.id)).toMatchObject({ outcome: "rejected", error: { code: "not_found" } });
    // A clock a little ahead is believed, and the review is dated now.
    expect(byId.get(skewed.id)).toMatchObject({ outcome: "applied" });
    expect(await db.$primary().reviewLog.findMany({ where: { userId }, select: { reviewedAt: true } })).toEqual([{ reviewedAt: now }]);
  });

  it("introduces a new card reviewed offline on the day it was reviewed", async () => {
    const userId = await student();
    const packAt = new Date("2026-03-07T07:00:00Z");
    const reviewedAt = new Date("2026-03-07T08:00:00Z");
    const [result] = await syncOfflineReviews(
      userId,
      userId,
      [{ id: randomUUID(), card: { flashcardId: flashcards[3]! }, rating: 3, reviewedAt, seenAt: packAt }],
      new Date("2026-03-08T10:00:00Z"),
    );
    expect(result!.outcome).toBe("applied");
    expect(await scheduleOf((result as { cardStateId: string }).cardStateId)).toMatchObject({ lastReview: reviewedAt, reps: 1, state: "LEARNING" });
    expect(await db.$primary().cardState.findFirstOrThrow({ where: { userId }, select: { createdAt: true } })).toEqual({ createdAt: reviewedAt });
  });

  it("refuses a device's reviews made in another account, applying none of them", async () => {
    const [owner, other] = [await student(), await student()];
    const now = new Date("2026-03-09T12:00:00Z");
    const card = await dueCard(owner, flashcards[0]!, now);
    const error = await syncOfflineReviews(other, owner, [offline(card, 3, now, now)], now).catch((err: ConflictError) => err);
    expect(error).toMatchObject({ status: 409, code: "other_account" });
    expect(await db.$primary().reviewLog.count({ where: { userId: { in: [owner, other] } } })).toBe(0);
  });
});
