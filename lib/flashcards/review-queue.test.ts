import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fsrs } from "ts-fsrs";
import { db } from "@/lib/db/prisma";
import { countQueries } from "@/lib/db/query-counter";
import { recordAttempts } from "@/lib/attempts/record-attempts";
import { toFsrsCard } from "./card-state-mapping";
import { reviewCard } from "./review-card";
import { getReviewQueue } from "./review-queue";

const DAY = 86_400_000;
const userIds: string[] = [];

async function student(timezone = "UTC", courseSlug = "physics-sl") {
  const course = await db.course.findUniqueOrThrow({ where: { slug: courseSlug } });
  const user = await db.user.create({ data: { email: `queue-${randomUUID()}@example.test`, timezone, enrolments: { create: { courseId: course.id } } } });
  userIds.push(user.id);
  return { userId: user.id, courseId: course.id };
}

/** The course's published flashcards in syllabus order, as the queue should introduce them. */
const syllabusOrder = (courseId: string) =>
  db.flashcard.findMany({
    where: { courseId, status: "PUBLISHED" },
    orderBy: [{ topic: { sortOrder: "asc" } }, { key: "asc" }],
    select: { id: true, front: true },
  });

afterAll(async () => {
  await db.user.deleteMany({ where: { id: { in: userIds } } });
});

describe("getReviewQueue", () => {
  let otherCourseFlashcard: string;
  beforeAll(async () => {
    otherCourseFlashcard = (await db.flashcard.findFirstOrThrow({ where: { course: { slug: "biology-hl" } } })).id;
  });

  it("serves a new mistake card, then new flashcards in syllabus order, with today's counts, in at most 4 queries", async () => {
    const { userId, courseId } = await student();
    const question = await db.question.findFirstOrThrow({ where: { courseId, status: "PUBLISHED", type: "MCQ" }, include: { markingPoints: true } });
    // The real write path: a wrong answer queues the question as a mistake card.
    await recordAttempts(userId, [
      {
        question,
        answer: { type: "MCQ", optionId: "Z" },
        result: { status: "MARKED", marksAwarded: 0, maxMarks: question.marks, pointAwards: [], markedBy: "AUTO", feedback: "" },
        timeSpentMs: 1000,
      },
    ]);

    const { result: queue, queries } = await countQueries(() => getReviewQueue(userId, { now: new Date(), limit: 10, newPerDay: 5 }));
    expect(queries).toBeLessThanOrEqual(4);
    expect(queue.counts).toEqual({ dueToday: 1, overdue: 0, new: 5, mistakes: 1 });

    const [mistake, ...fresh] = queue.due;
    expect(mistake).toMatchObject({
      isNew: false,
      content: { kind: "mistake", questionId: question.id, stem: question.stem, correctOptionId: question.correctOptionId },
    });
    expect(mistake!.ref).toEqual({ cardStateId: expect.any(String) });
    expect(mistake!.content.kind === "mistake" && mistake!.content.markingPoints.length).toBe(question.markingPoints.length);
    expect(mistake!.schedule?.state).toBe("NEW");

    const expected = (await syllabusOrder(courseId)).slice(0, 5);
    expect(fresh.map((i) => i.ref)).toEqual(expected.map((f) => ({ flashcardId: f.id })));
    expect(fresh.every((i) => i.isNew && i.schedule === null && i.courseId === courseId)).toBe(true);
    expect(fresh.some((i) => "flashcardId" in i.ref && i.ref.flashcardId === otherCourseFlashcard)).toBe(false);
    // Every card comes with what each rating would do: a new card's Again is a minute away.
    expect(fresh[0]!.intervals[1].text).toBe("1 minute");
  });

  it("introduces at most the daily number of new cards, and more the next day", async () => {
    const { userId, courseId } = await student();
    const now = new Date();
    const first = (await syllabusOrder(courseId)).slice(0, 3);
    for (const f of first) await reviewCard(userId, { flashcardId: f.id }, 4, now);

    const today = await getReviewQueue(userId, { now, limit: 50, newPerDay: 3 });
    expect(today.counts.new).toBe(0);
    expect(today.due.filter((i) => i.isNew)).toHaveLength(0);
    // Waiting for tomorrow's allowance: the next card is due by the end of the student's day.
    expect(today.nextDueAt!.getTime()).toBeLessThanOrEqual(now.getTime() + DAY);

    const tomorrow = await getReviewQueue(userId, { now: new Date(now.getTime() + DAY), limit: 50, newPerDay: 3 });
    expect(tomorrow.counts.new).toBe(3);
    const introduced = new Set(first.map((f) => f.id));
    expect(tomorrow.due.filter((i) => i.isNew && "flashcardId" in i.ref && introduced.has(i.ref.flashcardId))).toHaveLength(0);
  });

  it("counts 'today' and 'overdue' in the student's time zone", async () => {
    const { userId, courseId } = await student("Asia/Tokyo");
    const [a, b] = await syllabusOrder(courseId);
    const now = new Date("2026-03-10T20:00:00Z"); // 05:00 on 11 March in Tokyo, 20:00 on 10 March in UTC
    const review = { state: "REVIEW" as const, stability: 5, difficulty: 5, reps: 3, scheduledDays: 4, lastReview: new Date(now.getTime() - 5 * DAY) };
    await db.cardState.createMany({
      data: [
        { userId, flashcardId: a!.id, due: new Date("2026-03-11T10:00:00Z"), ...review }, // 19:00 today in Tokyo; tomorrow in UTC
        { userId, flashcardId: b!.id, due: new Date("2026-03-10T14:00:00Z"), ...review }, // 23:00 yesterday in Tokyo; today in UTC
      ],
    });

    const tokyo = await getReviewQueue(userId, { now, newPerDay: 0 });
    expect(tokyo.counts).toMatchObject({ dueToday: 2, overdue: 1 });
    expect(tokyo.due.map((i) => i.content.kind === "flashcard" && i.content.flashcardId)).toEqual([b!.id, a!.id]);

    await db.user.update({ where: { id: userId }, data: { timezone: "UTC" } });
    const utc = await getReviewQueue(userId, { now, newPerDay: 0 });
    expect(utc.counts).toMatchObject({ dueToday: 1, overdue: 0 });
    expect(utc.due.map((i) => i.content.kind === "flashcard" && i.content.flashcardId)).toEqual([b!.id]);
    expect(utc.nextDueAt).toEqual(new Date("2026-03-11T10:00:00Z"));
  });

  it("in catch-up mode serves one day's capacity, least likely to be remembered first, and plans the rest", async () => {
    const { userId, courseId } = await student();
    const cards = (await syllabusOrder(courseId)).slice(0, 15);
    const now = new Date("2026-06-01T12:00:00Z");
    await db.cardState.createMany({
      data: cards.map((f, i) => ({
        userId,
        flashcardId: f.id,
        state: "REVIEW" as const,
        // Varied memory: stabilities 1–29 days, last seen 10–38 days ago, all overdue.
        stability: 1 + ((i * 7) % 29),
        difficulty: 5,
        reps: 4,
        scheduledDays: 3,
        lastReview: new Date(now.getTime() - (10 + ((i * 11) % 29)) * DAY),
        due: new Date(now.getTime() - (1 + i) * DAY),
      })),
    });

    const normal = await getReviewQueue(userId, { now, dailyCapacity: 10, newPerDay: 5 });
    expect(normal.catchUp).toMatchObject({ recommended: true, backlog: 15, dailyCapacity: 10, plan: [10, 5] });
    const dues = normal.due.filter((i) => !i.isNew).map((i) => i.schedule!.due.getTime());
    expect(dues).toEqual([...dues].sort((x, y) => x - y));

    const { result: catchUp, queries } = await countQueries(() => getReviewQueue(userId, { now, mode: "catch-up", dailyCapacity: 10, newPerDay: 5 }));
    expect(queries).toBeLessThanOrEqual(4);
    expect(catchUp.due).toHaveLength(10);
    expect(catchUp.counts.new).toBe(0);
    expect(catchUp.due.some((i) => i.isNew)).toBe(false);
    const scheduler = fsrs();
    const recall = (i: (typeof catchUp.due)[number]) => scheduler.get_retrievability(toFsrsCard(i.schedule!), now, false);
    const served = catchUp.due.map(recall);
    expect(served).toEqual([...served].sort((x, y) => x - y));
    const servedIds = new Set(catchUp.due.map((i) => i.key));
    const all = normal.due.filter((i) => !i.isNew);
    const left = all.filter((i) => !servedIds.has(i.key)).map(recall);
    expect(Math.min(...left)).toBeGreaterThanOrEqual(Math.max(...served));

    // Reviews already done today come out of today's share.
    await reviewCard(userId, catchUp.due[0]!.ref, 3, now);
    await reviewCard(userId, catchUp.due[1]!.ref, 3, now);
    const later = await getReviewQueue(userId, { now: new Date(now.getTime() + 60 * 60_000), mode: "catch-up", dailyCapacity: 10 });
    expect(later.catchUp.remainingToday).toBe(8);
    expect(later.due).toHaveLength(8);
  });

  it("serves nothing from courses the student is not enrolled in", async () => {
    const { userId } = await student();
    await db.cardState.create({ data: { userId, flashcardId: otherCourseFlashcard, due: new Date(Date.now() - DAY) } });
    const queue = await getReviewQueue(userId, { newPerDay: 0 });
    expect(queue.counts.dueToday).toBe(0);
    expect(queue.due).toHaveLength(0);
  });
});
