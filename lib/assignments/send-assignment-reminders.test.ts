import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { runInline } from "@/lib/jobs/inline-runner";
import { createTestClass, deleteTestClass, type TestClass } from "@/lib/test-support/test-class";
import { assignmentReminders } from "@/lib/workers/assignment-reminders";
import { assignmentReminderKey, assignmentsDueForReminder, sendAssignmentReminders } from "./send-assignment-reminders";

const HOUR = 3_600_000;
let c: TestClass;
let assignmentId: string;
let waiting: string[];
let optedOut: string;
let unverified: string;
let submitted: string;

const outbox = () =>
  db.$primary().emailOutbox.findMany({ where: { template: "assignment-reminder", idempotencyKey: { startsWith: `assignment-reminder:${assignmentId}:` } } });

beforeAll(async () => {
  c = await createTestClass({ students: 5 });
  const [a, b, d, e, f] = c.students.map((s) => s.id) as [string, string, string, string, string];
  waiting = [a, b];
  [optedOut, unverified, submitted] = [d, e, f];
  await db.user.updateMany({ where: { id: { in: [a, b, d, f] } }, data: { emailVerifiedAt: new Date(), timezone: "America/New_York" } });
  await db.user.update({ where: { id: optedOut }, data: { emailReminders: false } });
  const now = new Date();
  const created = await db.assignment.create({
    data: {
      classId: c.id,
      title: "Vectors",
      kind: "MOCK",
      paper: "P2",
      timezone: "Europe/London",
      releaseAt: new Date(now.getTime() - HOUR),
      dueAt: new Date(now.getTime() + 20 * HOUR),
      createdById: c.teacher.id,
    },
  });
  assignmentId = created.id;
  await db.mockExam.create({
    data: {
      userId: submitted,
      courseId: c.courseId,
      paper: "P2",
      questionIds: [],
      deadlineAt: now,
      totalMarks: 10,
      status: "COMPLETED",
      submittedAt: now,
      assignmentId,
    },
  });
});
afterAll(async () => {
  await db.emailOutbox.deleteMany({ where: { idempotencyKey: { startsWith: `assignment-reminder:${assignmentId}:` } } });
  await deleteTestClass(c);
});

describe("assignment reminders", () => {
  it("the same event delivered five times sends one email per student who has not handed in, within the opt-out rules", async () => {
    // Five deliveries with five different event ids (a re-sent event), at once: only the outbox key stands between them and duplicates.
    const runs = await Promise.all(
      Array.from({ length: 5 }, () =>
        runInline(assignmentReminders, { name: "assignment/reminder.due", data: { assignmentId }, id: randomUUID() }, { retryBaseMs: 10 }),
      ),
    );
    expect(runs.every((r) => r.status === "succeeded")).toBe(true);
    // And the same event id five times: inline mode runs it once, as Inngest would.
    const eventId = randomUUID();
    const repeated = [];
    for (let i = 0; i < 5; i++) repeated.push(await runInline(assignmentReminders, { name: "assignment/reminder.due", data: { assignmentId }, id: eventId }));
    expect(repeated.filter((r) => r.status === "duplicate")).toHaveLength(4);

    const emails = await outbox();
    expect(emails.map((e) => e.userId).sort()).toEqual([...waiting].sort());
    expect(emails.map((e) => e.idempotencyKey).sort()).toEqual(waiting.map((u) => assignmentReminderKey(assignmentId, u)).sort());
    const email = emails[0]!;
    expect(email.subject).toBe("Due tomorrow: Vectors");
    // The due time in the student's own zone (New York), named.
    expect(email.text).toMatch(/GMT-[45]/);
    expect(email.headers).toMatchObject({ "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
    expect(email.text).toContain("/api/v1/reminders/unsubscribe?token=");
    expect((await sendAssignmentReminders(assignmentId)).enqueued).toBe(0);
    expect(emails.some((e) => [optedOut, unverified, submitted].includes(e.userId!))).toBe(false);
  });

  it("sends nothing for work not yet within a day of due, already due, or withdrawn; the sweep finds what is due within a day", async () => {
    const now = new Date();
    const base = {
      classId: c.id,
      title: "Later",
      kind: "MOCK" as const,
      paper: "P2" as const,
      timezone: "UTC",
      releaseAt: new Date(now.getTime() - HOUR),
      createdById: c.teacher.id,
    };
    const later = await db.assignment.create({ data: { ...base, dueAt: new Date(now.getTime() + 30 * HOUR) } });
    const withdrawn = await db.assignment.create({ data: { ...base, dueAt: new Date(now.getTime() + 2 * HOUR), archivedAt: now } });
    try {
      expect(await sendAssignmentReminders(later.id)).toEqual({ recipients: 0, enqueued: 0 });
      expect(await sendAssignmentReminders(withdrawn.id)).toEqual({ recipients: 0, enqueued: 0 });
      expect(await sendAssignmentReminders(assignmentId, { now: new Date(now.getTime() + 21 * HOUR) })).toEqual({ recipients: 0, enqueued: 0 });
      const found = await db.$primary().assignment.findMany({ where: { classId: c.id }, select: { id: true } });
      expect(found.length).toBeGreaterThan(0);
      const due = await assignmentsDueForReminder(now);
      // Replicas may lag; the earlier assignment was written long enough ago in this file's setup.
      if (due.includes(assignmentId)) expect(due).not.toContain(later.id);
      expect(due).not.toContain(withdrawn.id);
    } finally {
      await db.assignment.deleteMany({ where: { id: { in: [later.id, withdrawn.id] } } });
    }
  });
});
