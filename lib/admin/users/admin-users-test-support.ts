import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/prisma";
import { createSession } from "@/lib/auth/session-store";
import { sessionCookieHeader } from "@/lib/auth/session-cookie";

export type TestAccount = { id: string; email: string; role: "STUDENT" | "TEACHER" | "ADMIN" };

/** A fresh account with a unique email (tests never share users). */
export async function createTestAccount(role: TestAccount["role"] = "STUDENT", status: "ACTIVE" | "SUSPENDED" | "DELETED" = "ACTIVE"): Promise<TestAccount> {
  const email = `admin-users-${randomUUID()}@example.test`;
  const { id } = await db.user.create({ data: { email, role, status, onboardedAt: new Date() }, select: { id: true } });
  return { id, email, role };
}

/** A live session for the account, as the sign-in flow would create it, and the cookie that carries it. */
export async function signInAs(account: TestAccount, userAgent = "Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0"): Promise<{ sid: string; cookie: string }> {
  const sid = await createSession({ userId: account.id, email: account.email, name: null, role: account.role, onboarded: true, userAgent, ip: "203.0.113.9" });
  return { sid, cookie: await sessionCookieHeader(sid) };
}

/** The account's audit entries, newest first, from the primary (they were written a moment ago). */
export function auditEntriesFor(entityId: string) {
  return db.$primary().auditLog.findMany({ where: { entityId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
}
