import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { verifyUnsubscribeToken } from "./unsubscribe-token";
import { reminderIdempotencyKey, sendStudyReminders } from "./send-study-reminders";
import { waitForReplica } from "@/lib/test-support/replica";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// 08:30 UTC today: 17:30 in Tokyo (UTC+9, no DST), 09:30 in Lagos (UTC+1, no DST).
const now = new Date(`${new Date().toISOString().slice(0, 10)}T08:30:00Z`);
const tokyoToday = new Date(now.getTime() + 9 * HOUR).toISOString().slice(0, 10);

const userIds: string[] = [];
let course: { id: string };
let flashcardId: string;
let question: { id: string; topicId: string; marks: number };

type Setup = {
  timezone?: string;
  verified?: boolean;
  emailReminders?: boolean;
  status?: "ACTIVE" | "SUSPENDED";
  dueCard?: boolean;
  activeAt?: Date[];
  reviewedAt?: Date[];
};

/** A student enrolled in Physics SL, with a due card and past activity as asked. */
async function student({
  timezone = "Asia/Tokyo",
  verified = true,
  emailReminders = true,
  status = "ACTIVE",
  dueCard = false,
  activeAt = [],
  reviewedAt = [],
}: Setup = {}) {
  const user = await db.user.create({
    data: {
      email: `reminder-${randomUUID()}@example.test`,
      name: "Kenji",
      timezone,
      emailReminders,
      status,
      emailVerifiedAt: verified ? new Date(now.getTime() - 30 * DAY) : null,
      enrolments: { create: { courseId: course.id } },
    },
  });
  userIds.push(user.id);
  if (dueCard || reviewedAt.length) {
    const card = await db.cardState.create({
      data: { userId: user.id, flashcardId, due: dueCard ? new Date(now.getTime() - HOUR) : new Date(now.getTime() + 10 * DAY) },
    });
    for (const at of reviewedAt) {
      await db.reviewLog.create({
        data: {
          cardStateId: card.id,
          userId: user.id,
          rating: 3,
          state: "REVIEW",
          due: at,
          stability: 1,
          difficulty: 5,
          elapsedDays: 1,
          scheduledDays: 1,
          reviewedAt: at,
        },
      });
    }
  }
  for (const at of activeAt) {
    await db.attempt.create({
      data: {
        userId: user.id,
        questionId: question.id,
        courseId: course.id,
        topicId: question.topicId,
        answer: { optionId: "A" },
        maxMarks: question.marks,
        createdAt: at,
      },
    });
  }
  return user.id;
}

const remindersOf = (userId: string) => db.$primary().emailOutbox.findMany({ where: { userId, template: "study-reminder" } });

beforeAll(async () => {
  course = await db.course.findUniqueOrThrow({ where: { slug: "physics-sl" }, select: { id: true } });
  flashcardId = (await db.flashcard.findFirstOrThrow({ where: { courseId: course.id, status: "PUBLISHED" }, select: { id: true } })).id;
  question = await db.question.findFirstOrThrow({ where: { courseId: course.id, status: "PUBLISHED" }, select: { id: true, topicId: true, marks: true } });
});
afterAll(async () => {
  await db.emailOutbox.deleteMany({ where: { userId: { in: userIds } } });
  await db.user.deleteMany({ where: { id: { in: userIds } } });
});

describe("sendStudyReminders", () => {
  it("reminds a student in Tokyo at 17:30 of their due cards, once however often the hour runs", async () => {
    const tokyo = await student({ dueCard: true });
    const lagos = await student({ timezone: "Africa/Lagos", dueCard: true });
    await waitForReplica();

    const first = await sendStudyReminders({ now });
    expect(first.recipients).toBeGreaterThanOrEqual(1);
    const [email, ...more] = await remindersOf(tokyo);
    expect(more).toHaveLength(0);
    expect(email).toMatchObject({
      template: "study-reminder",
      status: "PENDING",
      idempotencyKey: reminderIdempotencyKey(tokyo, tokyoToday),
      subject: "1 card is ready for review",
    });
    expect(email!.text).toContain("You have 1 card due for review today.");
    expect(email!.text).toContain("/flashcards");
    // The one-click unsubscribe link names this student and nobody else.
    const link = /Unsubscribe: (\S+)/.exec(email!.text)![1]!;
    expect(verifyUnsubscribeToken(new URL(link).searchParams.get("token")!)).toBe(tokyo);
    expect(email!.html).toContain("Unsubscribe from study reminders");
    // 09:30 in Lagos: not the reminder hour.
    expect(await remindersOf(lagos)).toHaveLength(0);

    const second = await sendStudyReminders({ now: new Date(now.getTime() + 20 * 60_000) });
    expect(await remindersOf(tokyo)).toHaveLength(1);
    expect(second.alreadyQueued).toBeGreaterThanOrEqual(1);
  });

  it("reminds a student whose streak ends tonight, with its length, and not one who has studied today", async () => {
    // Active the two previous local days (an attempt yesterday, a review the day before), not yet today.
    const atRisk = await student({ activeAt: [new Date(now.getTime() - DAY)], reviewedAt: [new Date(now.getTime() - 2 * DAY)] });
    const studiedToday = await student({ activeAt: [new Date(now.getTime() - DAY), new Date(now.getTime() - HOUR)] });
    await waitForReplica();

    await sendStudyReminders({ now });
    const [email] = await remindersOf(atRisk);
    expect(email).toMatchObject({ subject: "Keep your 2-day streak going" });
    expect(email!.text).toContain("You studied yesterday but not yet today: a few minutes before midnight keeps your 2-day streak alive.");
    expect(email!.text).not.toContain("due for review");
    expect(await remindersOf(studiedToday)).toHaveLength(0);
  });

  it("sends nothing to students who opted out, are unverified or suspended, or have nothing due and no streak at risk", async () => {
    const optedOut = await student({ dueCard: true, emailReminders: false });
    const unverified = await student({ dueCard: true, verified: false });
    const suspended = await student({ dueCard: true, status: "SUSPENDED" });
    const idle = await student({ activeAt: [new Date(now.getTime() - 3 * DAY)] });
    const control = await student({ dueCard: true });
    await waitForReplica();

    await sendStudyReminders({ now });
    for (const id of [optedOut, unverified, suspended, idle]) expect(await remindersOf(id)).toHaveLength(0);
    // The same run did send reminders: the silence above is not a run that sent nothing.
    expect(await remindersOf(control)).toHaveLength(1);
  });
});
