import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { getUserActivity, RECENT_ATTEMPTS } from "@/lib/admin/users/get-user-activity";
import { waitForReplica } from "@/lib/test-support/replica";
import { createTestUser } from "@/lib/test-support/users";

const DAY = 86_400_000;

describe("getUserActivity", () => {
  it("returns the newest attempts with their question keys and counts recent reviews", async () => {
    const now = new Date();
    const user = await createTestUser();
    const question = await db.question.findFirstOrThrow({
      where: { status: "PUBLISHED" },
      select: { id: true, key: true, courseId: true, topicId: true, marks: true },
    });
    await db.attempt.createMany({
      data: Array.from({ length: RECENT_ATTEMPTS + 3 }, (_, i) => ({
        userId: user.id,
        questionId: question.id,
        courseId: question.courseId,
        topicId: question.topicId,
        answer: {},
        marksAwarded: i % 2,
        maxMarks: question.marks,
        createdAt: new Date(now.getTime() - i * 60_000),
      })),
    });
    const flashcard = await db.flashcard.findFirstOrThrow({ select: { id: true } });
    const card = await db.cardState.create({ data: { userId: user.id, flashcardId: flashcard.id, due: now }, select: { id: true } });
    const review = (daysAgo: number) => ({
      cardStateId: card.id,
      userId: user.id,
      rating: 3,
      state: "REVIEW" as const,
      due: now,
      stability: 1,
      difficulty: 5,
      elapsedDays: 1,
      scheduledDays: 1,
      reviewedAt: new Date(now.getTime() - daysAgo * DAY),
    });
    await db.reviewLog.createMany({ data: [review(1), review(2), review(10), review(40)] });
    await waitForReplica();

    const activity = await getUserActivity(user.id, now);

    expect(activity.attempts).toHaveLength(RECENT_ATTEMPTS);
    expect(activity.attempts[0]).toMatchObject({ questionKey: question.key, marksAwarded: 0, maxMarks: question.marks, createdAt: now });
    const times = activity.attempts.map((a) => a.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(activity.reviews).toEqual({ last7Days: 2, last30Days: 3, lastReviewedAt: new Date(now.getTime() - DAY) });
  });

  it("finds the last review even when it is older than 30 days, and nothing for a new user", async () => {
    const now = new Date();
    const user = await createTestUser();
    const flashcard = await db.flashcard.findFirstOrThrow({ select: { id: true } });
    const card = await db.cardState.create({ data: { userId: user.id, flashcardId: flashcard.id, due: now }, select: { id: true } });
    const old = new Date(now.getTime() - 60 * DAY);
    await db.reviewLog.create({
      data: {
        cardStateId: card.id,
        userId: user.id,
        rating: 1,
        state: "RELEARNING",
        due: now,
        stability: 1,
        difficulty: 5,
        elapsedDays: 1,
        scheduledDays: 1,
        reviewedAt: old,
      },
    });
    const fresh = await createTestUser();
    await waitForReplica();
    expect((await getUserActivity(user.id, now)).reviews).toEqual({ last7Days: 0, last30Days: 0, lastReviewedAt: old });
    expect(await getUserActivity(fresh.id, now)).toEqual({ attempts: [], reviews: { last7Days: 0, last30Days: 0, lastReviewedAt: null } });
  });
});
