import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { changeEmailInput, confirmEmailChange, requestEmailChange } from "@/lib/accounts/change-email";
import { changeName } from "@/lib/accounts/change-name";
import { changePassword } from "@/lib/accounts/change-password";
import { checkPassword, hashPassword } from "@/lib/auth/password";
import { createSession, getSession, listSessions, sessionKey } from "@/lib/auth/session-store";
import { redis } from "@/lib/redis/redis-client";

const PASSWORD = "the old password here";

async function newAccount() {
  const email = `account-${randomUUID()}@example.test`;
  const user = await db.user.create({
    data: { email, name: "Ada", passwordHash: await hashPassword(PASSWORD), emailVerifiedAt: new Date(), onboardedAt: new Date() },
    select: { id: true },
  });
  const session = () =>
    createSession({ userId: user.id, email, name: "Ada", role: "STUDENT", onboarded: true, userAgent: "Mozilla/5.0 Chrome/120.0", ip: "203.0.113.5" });
  return { id: user.id, email, session };
}

const outbox = (to: string) => db.$primary().emailOutbox.findMany({ where: { to }, orderBy: { createdAt: "asc" } });
const linkToken = (text: string) => new URL(text.match(/https?:\/\/\S+/)![0]).searchParams.get("token")!;

describe("changing one's name", () => {
  it("renames the account and the live sessions", async () => {
    const account = await newAccount();
    const sid = await account.session();
    await changeName(account.id, "Ada Lovelace");
    expect((await db.$primary().user.findUniqueOrThrow({ where: { id: account.id } })).name).toBe("Ada Lovelace");
    expect((await getSession(sid))?.name).toBe("Ada Lovelace");
  });
});

describe("changing one's password", () => {
  it("needs the current password, then ends every other session and keeps this one", async () => {
    const account = await newAccount();
    const here = await account.session();
    await account.session(); // another device

    await expect(changePassword(account.id, here, { currentPassword: "not my password", newPassword: "a brand new password" })).rejects.toMatchObject({
      status: 400,
      code: "wrong_password",
    });
    expect(await listSessions(account.id)).toHaveLength(2);

    const { endedSessions } = await changePassword(account.id, here, { currentPassword: PASSWORD, newPassword: "a brand new password" });
    expect(endedSessions).toBe(1);
    expect((await listSessions(account.id)).map((s) => s.id)).toEqual([here]);
    // The session kept is current against the database check too, not just still present in Redis.
    const record = JSON.parse((await redis.get(sessionKey(here)))!) as object;
    await redis.set(sessionKey(here), JSON.stringify({ ...record, dbCheckedAt: 0 }), "KEEPTTL");
    expect(await getSession(here)).not.toBeNull();
    const user = await db.$primary().user.findUniqueOrThrow({ where: { id: account.id } });
    expect(await checkPassword(user.passwordHash, "a brand new password")).toBe(true);
    expect(user.sessionGeneration).toBe(1);
  });
});

describe("changing one's email", () => {
  it("keeps the old address until the new one is confirmed, then tells the old one", async () => {
    const account = await newAccount();
    const sid = await account.session();
    const newEmail = `renamed-${randomUUID()}@example.test`;

    await expect(requestEmailChange(account.id, { email: newEmail, currentPassword: "wrong" })).rejects.toMatchObject({ code: "wrong_password" });
    await requestEmailChange(account.id, changeEmailInput.parse({ email: newEmail.toUpperCase(), currentPassword: PASSWORD }));
    expect((await db.$primary().user.findUniqueOrThrow({ where: { id: account.id } })).email).toBe(account.email);
    const [confirmation] = await outbox(newEmail);
    expect(confirmation).toMatchObject({ template: "confirm-email-change", userId: account.id });

    expect(await confirmEmailChange(linkToken(confirmation!.text))).toBe(true);
    const user = await db.$primary().user.findUniqueOrThrow({ where: { id: account.id } });
    expect(user.email).toBe(newEmail);
    expect(user.emailVerifiedAt).not.toBeNull();
    expect((await getSession(sid))?.email).toBe(newEmail);
    expect((await outbox(account.email)).map((e) => e.template)).toContain("email-changed");
    // The link works once.
    expect(await confirmEmailChange(linkToken(confirmation!.text))).toBe(false);
  });

  it("refuses an address another account uses, and a link voided by a newer request", async () => {
    const account = await newAccount();
    const other = await newAccount();
    await expect(requestEmailChange(account.id, { email: other.email, currentPassword: PASSWORD })).rejects.toMatchObject({ status: 409, code: "email_taken" });
    await expect(requestEmailChange(account.id, { email: account.email, currentPassword: PASSWORD })).rejects.toMatchObject({ status: 400 });

    const first = `first-${randomUUID()}@example.test`;
    await requestEmailChange(account.id, { email: first, currentPassword: PASSWORD });
    await requestEmailChange(account.id, { email: `second-${randomUUID()}@example.test`, currentPassword: PASSWORD });
    const [voided] = await outbox(first);
    expect(await confirmEmailChange(linkToken(voided!.text))).toBe(false);
    expect(await confirmEmailChange("not a token")).toBe(false);
    expect((await db.$primary().user.findUniqueOrThrow({ where: { id: account.id } })).email).toBe(account.email);
  });
});
