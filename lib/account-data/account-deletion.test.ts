import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { createSession, listSessions } from "@/lib/auth/session-store";
import { cancelAccountDeletion, DELETION_GRACE_DAYS, eraseDueAccounts, requestAccountDeletion } from "./account-deletion";
import { createTestStudent } from "@/lib/test-support/test-student";

const DAY_MS = 86_400_000;
const primary = db.$primary();
const created: string[] = [];
// Sweeps run at instants decades in the past, so they can only ever reach accounts scheduled by this
// file (real and other tests' deletions are due after today); a random start keeps two runs apart.
let clock = Date.UTC(1975, 0, 1) + Math.floor(Math.random() * 3_000) * DAY_MS;
const nextNow = () => new Date((clock += 30 * DAY_MS));

async function student(answers = 3) {
  const s = await createTestStudent({ name: "Leaving Student", answers });
  created.push(s.userId);
  return s;
}
const signIn = (s: { userId: string; email: string }, agent: string) =>
  createSession({ userId: s.userId, email: s.email, name: null, role: "STUDENT", onboarded: true, userAgent: agent, ip: "127.0.0.1" });

afterAll(async () => {
  await db.user.deleteMany({ where: { id: { in: created } } });
});

describe("requestAccountDeletion", () => {
  it("schedules erasure after the grace period, signs out every device and emails once", async () => {
    const s = await student();
    await signIn(s, "phone");
    await signIn(s, "laptop");
    const now = new Date();

    const first = await requestAccountDeletion(s.userId, { now });
    expect(first).toEqual({ deleteAfter: new Date(now.getTime() + DELETION_GRACE_DAYS * DAY_MS), alreadyRequested: false, revokedSessions: 2 });
    expect(await listSessions(s.userId)).toEqual([]);
    const user = await primary.user.findUniqueOrThrow({ where: { id: s.userId } });
    expect(user).toMatchObject({ deletionRequestedAt: now, deleteAfter: first.deleteAfter, status: "ACTIVE" });

    // Signing in during the grace period is allowed; asking again keeps the first date and sends no new email.
    await signIn(s, "tablet");
    const again = await requestAccountDeletion(s.userId, { now: new Date(now.getTime() + DAY_MS) });
    expect(again).toEqual({ deleteAfter: first.deleteAfter, alreadyRequested: true, revokedSessions: 1 });

    const emails = await primary.emailOutbox.findMany({ where: { userId: s.userId, template: "account-deletion-requested" } });
    expect(emails).toHaveLength(1);
    expect(emails[0]!.text).toContain("/settings");
    const audit = await primary.auditLog.findMany({ where: { entityType: "user", entityId: s.userId, action: "account.deletion_requested" } });
    expect(audit).toEqual([expect.objectContaining({ actorId: s.userId })]);
  });
});

describe("eraseDueAccounts", () => {
  it("erases the account and its attempts only once the grace period is over, and only once", async () => {
    const s = await student(3);
    const question = await primary.question.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { id: true } });
    const thread = await db.tutorThread.create({
      data: { userId: s.userId, questionId: question.id, messages: { create: [{ role: "USER", mode: "HINT", content: "A hint please" }] } },
      select: { id: true },
    });
    await db.aiUsage.create({ data: { userId: s.userId, feature: "tutor", model: "m", inputTokens: 10, outputTokens: 5, outcome: "ok" } });
    const requestedAt = nextNow();
    const { deleteAfter } = await requestAccountDeletion(s.userId, { now: requestedAt });
    await signIn(s, "back during the grace period");

    const early = await eraseDueAccounts({ now: new Date(deleteAfter.getTime() - 1) });
    expect(early.erased).not.toContain(s.userId);
    expect(await primary.attempt.count({ where: { userId: s.userId } })).toBe(3);

    const due = await eraseDueAccounts({ now: deleteAfter });
    expect(due.erased).toContain(s.userId);
    expect(await primary.user.findUnique({ where: { id: s.userId } })).toBeNull();
    expect(await primary.attempt.count({ where: { userId: s.userId } })).toBe(0);
    expect(await primary.topicProgress.count({ where: { userId: s.userId } })).toBe(0);
    // The tutor's threads and messages go with the account; usage rows stay, without anyone's id.
    expect(await primary.tutorThread.count({ where: { userId: s.userId } })).toBe(0);
    expect(await primary.tutorMessage.count({ where: { threadId: thread.id } })).toBe(0);
    expect(await primary.aiUsage.count({ where: { userId: s.userId } })).toBe(0);
    expect(await primary.emailOutbox.count({ where: { to: s.email } })).toBe(0);
    expect(await listSessions(s.userId)).toEqual([]);

    const audit = await primary.auditLog.findMany({ where: { entityType: "user", entityId: s.userId, action: "account.erase" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorId).toBeNull();
    expect(JSON.stringify(audit[0])).not.toContain(s.email);

    expect((await eraseDueAccounts({ now: new Date(deleteAfter.getTime() + DAY_MS) })).erased).not.toContain(s.userId);
  });

  it("also erases the files an admin made about the account (an export of it, a report naming it)", async () => {
    const s = await student(0);
    const admin = await student(0);
    const made = (params: object) =>
      primary.generatedFile.create({
        data: {
          ownerId: admin.userId,
          kind: "DATA_EXPORT",
          status: "PENDING",
          params,
          idempotencyKey: `erase-test:${Math.random()}`,
          expiresAt: new Date(Date.now() + 7 * DAY_MS),
        },
        select: { id: true },
      });
    const [exportOf, reportNaming, unrelated] = [
      await made({ userId: s.userId }),
      await made({ userIds: [admin.userId, s.userId] }),
      await made({ userId: admin.userId }),
    ];
    const { deleteAfter } = await requestAccountDeletion(s.userId, { now: nextNow() });
    expect((await eraseDueAccounts({ now: deleteAfter })).erased).toContain(s.userId);
    const left = await primary.generatedFile.findMany({ where: { id: { in: [exportOf.id, reportNaming.id, unrelated.id] } }, select: { id: true } });
    expect(left.map((f) => f.id)).toEqual([unrelated.id]);
  });

  it("keeps an account whose deletion was cancelled", async () => {
    const s = await student(2);
    const { deleteAfter } = await requestAccountDeletion(s.userId, { now: nextNow() });

    expect(await cancelAccountDeletion(s.userId)).toBe(true);
    expect(await cancelAccountDeletion(s.userId)).toBe(false);
    expect(await primary.user.findUniqueOrThrow({ where: { id: s.userId } })).toMatchObject({ deletionRequestedAt: null, deleteAfter: null });

    expect((await eraseDueAccounts({ now: new Date(deleteAfter.getTime() + DAY_MS) })).erased).not.toContain(s.userId);
    expect(await primary.attempt.count({ where: { userId: s.userId } })).toBe(2);
    expect(await primary.auditLog.count({ where: { entityId: s.userId, action: "account.deletion_cancelled" } })).toBe(1);
  });
});
