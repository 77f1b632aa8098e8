import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import type { AppError } from "@/lib/errors";
import { reviewCard } from "@/lib/flashcards/review-card";
import { DEFAULT_NEW_PER_DAY, getReviewQueue } from "@/lib/flashcards/review-queue";
import { rejectionOf } from "@/lib/test-support/rejection";
import { createTestClass, deleteTestClass, type TestClass } from "@/lib/test-support/test-class";
import { getAssignmentFlashcardQueue } from "./assignment-flashcard-queue";
import { listStudentAssignments } from "./list-student-assignments";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const now = new Date();

let mine: TestClass;
let other: TestClass;
/** Two physics topics with published cards (the assignment's) and a third one (not). */
let assigned: string[];
let elsewhere: string;
/** The assignment's cards in syllabus order. */
let cards: string[];

function assignment(data: { topicIds?: string[]; releaseAt?: Date; dueAt?: Date; archivedAt?: Date; kind?: "FLASHCARDS" | "MOCK" }) {
  return db.assignment.create({
    data: {
      classId: mine.id,
      title: "Forces cards",
      kind: "FLASHCARDS",
      paper: data.kind === "MOCK" ? "P2" : null,
      timezone: "Europe/London",
      releaseAt: new Date(now.getTime() - HOUR),
      dueAt: new Date(now.getTime() + 48 * HOUR),
      createdById: mine.teacher.id,
      topicIds: assigned,
      ...data,
    },
    select: { id: true },
  });
}

const statusOf = async (p: Promise<unknown>) => ((await rejectionOf(p)) as AppError).status;
const flashcardIds = (items: { content: { kind: string } & ({ flashcardId: string } | object) }[]) =>
  items.map((i) => ("flashcardId" in i.content ? i.content.flashcardId : null));

beforeAll(async () => {
  [mine, other] = await Promise.all([createTestClass({ students: 3 }), createTestClass({ students: 1 })]);
  const topics = await db.flashcard.groupBy({
    by: ["topicId"],
    where: { courseId: mine.courseId, status: "PUBLISHED" },
    _count: { _all: true },
    orderBy: { _count: { topicId: "desc" } },
  });
  [assigned, elsewhere] = [[topics[0]!.topicId, topics[1]!.topicId], topics[2]!.topicId];
  cards = (
    await db.flashcard.findMany({
      where: { topicId: { in: assigned }, status: "PUBLISHED" },
      orderBy: [{ topic: { sortOrder: "asc" } }, { key: "asc" }],
      select: { id: true },
    })
  ).map((c) => c.id);
  // Every student also takes biology: its cards must stay out of a physics assignment's queue.
  const biology = await db.course.findUniqueOrThrow({ where: { slug: "biology-hl" }, select: { id: true } });
  await db.enrolment.createMany({ data: mine.students.map((s) => ({ userId: s.id, courseId: biology.id })) });
});
afterAll(async () => {
  await Promise.all([deleteTestClass(mine), deleteTestClass(other)]);
});

describe("getAssignmentFlashcardQueue", () => {
  it("serves exactly the assignment's cards not reviewed since release, past the daily new-card cap, until the work is submitted", async () => {
    const student = mine.students[0]!.id;
    const { id } = await assignment({});
    // Today's new-card allowance is spent on biology, and a physics card of another topic was seen too.
    const biology = await db.flashcard.findMany({ where: { course: { slug: "biology-hl" }, status: "PUBLISHED" }, take: DEFAULT_NEW_PER_DAY });
    for (const f of biology) await reviewCard(student, { flashcardId: f.id }, 3, new Date(now.getTime() - 5 * MINUTE));
    const otherTopicCard = await db.flashcard.findFirstOrThrow({ where: { topicId: elsewhere, status: "PUBLISHED" } });
    await reviewCard(student, { flashcardId: otherTopicCard.id }, 3, new Date(now.getTime() - 4 * MINUTE));
    // One of the assignment's cards was learnt before release and is not due for days: it must still be reviewed.
    await reviewCard(student, { flashcardId: cards[0]! }, 4, new Date(now.getTime() - 2 * HOUR));
    expect((await getReviewQueue(student, { now, limit: 100 })).counts.new).toBe(0);

    expect(cards.length).toBeGreaterThan(2);
    const first = await getAssignmentFlashcardQueue(student, id, { now, limit: 100 });
    expect(first).toMatchObject({ assignment: { id, title: "Forces cards", className: expect.any(String) }, total: cards.length, reviewed: 0 });
    expect(flashcardIds(first.due)).toEqual(cards);
    expect(first.due[0]).toMatchObject({ isNew: false, ref: { cardStateId: expect.any(String) } });
    expect(first.due[0]!.schedule!.due.getTime()).toBeGreaterThan(now.getTime() + 24 * HOUR);
    expect(first.due.slice(1).every((i) => i.isNew && "flashcardId" in i.ref && i.courseId === mine.courseId)).toBe(true);
    expect((await getAssignmentFlashcardQueue(student, id, { now, limit: 2 })).due).toHaveLength(2);

    // Each review (Again included: reviewing is the work) takes the card out for good, through the normal path.
    let t = now.getTime();
    for (const [i, card] of cards.entries()) {
      const before = await getAssignmentFlashcardQueue(student, id, { now: new Date(t), limit: 100 });
      expect(before).toMatchObject({ reviewed: i, total: cards.length });
      expect(flashcardIds(before.due)).toEqual(cards.slice(i));
      expect((await listStudentAssignments(student, { now: new Date(t) })).find((a) => a.id === id)).toMatchObject({
        status: i === 0 ? "not_started" : "in_progress",
      });
      t += MINUTE;
      await reviewCard(student, before.due[0]!.ref, i % 2 ? 1 : 3, new Date(t));
      expect(flashcardIds(before.due)[0]).toBe(card);
    }
    const done = await getAssignmentFlashcardQueue(student, id, { now: new Date(t + MINUTE), limit: 100 });
    expect(done).toMatchObject({ reviewed: cards.length, total: cards.length, due: [] });
    expect((await listStudentAssignments(student, { now: new Date(t + MINUTE) })).find((a) => a.id === id)).toMatchObject({ status: "submitted" });
    const logs = await db.$primary().reviewLog.count({ where: { userId: student, cardState: { flashcardId: { in: cards } } } });
    expect(logs).toBe(cards.length + 1);
  });

  it("counts the last first review after the due time as late", async () => {
    const student = mine.students[1]!.id;
    const { id } = await assignment({ topicIds: [assigned[1]!], releaseAt: new Date(now.getTime() - 3 * HOUR), dueAt: new Date(now.getTime() - HOUR) });
    let queue = await getAssignmentFlashcardQueue(student, id, { now });
    let t = now.getTime();
    while (queue.due.length) {
      t += MINUTE;
      await reviewCard(student, queue.due[0]!.ref, 3, new Date(t));
      queue = await getAssignmentFlashcardQueue(student, id, { now: new Date(t) });
    }
    expect(queue.reviewed).toBe(queue.total);
    expect(queue.total).toBeGreaterThan(0);
    expect((await listStudentAssignments(student, { now: new Date(t) })).find((a) => a.id === id)).toMatchObject({ status: "late" });
  });

  it("answers 404 to outsiders, for unreleased, withdrawn, other kinds of and made-up assignments, and 409 to a student who dropped the course", async () => {
    const student = mine.students[2]!.id;
    const { id } = await assignment({});
    expect(await statusOf(getAssignmentFlashcardQueue(other.students[0]!.id, id))).toBe(404);
    expect(await statusOf(getAssignmentFlashcardQueue(mine.teacher.id, id))).toBe(404);
    const later = await assignment({ releaseAt: new Date(now.getTime() + HOUR) });
    expect(await statusOf(getAssignmentFlashcardQueue(student, later.id))).toBe(404);
    const withdrawn = await assignment({ archivedAt: now });
    expect(await statusOf(getAssignmentFlashcardQueue(student, withdrawn.id))).toBe(404);
    const mock = await assignment({ kind: "MOCK", topicIds: [] });
    expect(await statusOf(getAssignmentFlashcardQueue(student, mock.id))).toBe(404);
    expect(await statusOf(getAssignmentFlashcardQueue(student, "not-an-id"))).toBe(404);
    expect(await statusOf(getAssignmentFlashcardQueue(student, "00000000-0000-4000-8000-000000000000"))).toBe(404);

    await db.enrolment.deleteMany({ where: { userId: student, courseId: mine.courseId } });
    const dropped = (await rejectionOf(getAssignmentFlashcardQueue(student, id))) as AppError;
    expect([dropped.status, dropped.code]).toEqual([409, "not_enrolled"]);
  });
});
