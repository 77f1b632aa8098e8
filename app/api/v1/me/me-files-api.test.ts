import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { createSession, listSessions, revokeAllSessions } from "@/lib/auth/session-store";
import { sessionCookieHeader } from "@/lib/auth/session-cookie";
import { POST as requestExport } from "./exports/route";
import { POST as requestReport } from "./reports/route";
import { DELETE as cancelDeletion, POST as requestDeletion } from "./deletion/route";
import { createTestStudent } from "@/lib/test-support/test-student";

const base = "http://127.0.0.1:3100/api/v1/me";
const noParams = { params: Promise.resolve({}) };
let student: Awaited<ReturnType<typeof createTestStudent>>;

const signIn = async () =>
  sessionCookieHeader(
    await createSession({ userId: student.userId, email: student.email, name: null, role: "STUDENT", onboarded: true, userAgent: "vitest", ip: "127.0.0.1" }),
  );
const call = (handler: typeof requestExport, path: string, method: string, cookie?: string) =>
  handler(new Request(`${base}/${path}`, { method, headers: cookie ? { cookie } : {} }), noParams);

beforeAll(async () => {
  student = await createTestStudent();
});
afterAll(async () => {
  await revokeAllSessions(student.userId);
  await db.user.delete({ where: { id: student.userId } });
});

describe("POST /api/v1/me/exports and /api/v1/me/reports", () => {
  it("start one file of each kind per hour for the caller", async () => {
    // "Per hour" is the UTC clock hour (requestHour): two requests either side of its turn are two files.
    const msToNextHour = 3_600_000 - (Date.now() % 3_600_000);
    if (msToNextHour < 30_000) await new Promise((resolve) => setTimeout(resolve, msToNextHour + 100));
    const cookie = await signIn();
    for (const [handler, path, kind] of [
      [requestExport, "exports", "DATA_EXPORT"],
      [requestReport, "reports", "PROGRESS_REPORT"],
    ] as const) {
      const first = await call(handler, path, "POST", cookie);
      expect(first.status).toBe(202);
      const { file } = (await first.json()) as { file: { id: string; kind: string } };
      expect(file.kind).toBe(kind);
      const again = await call(handler, path, "POST", cookie);
      expect(again.status).toBe(200);
      expect(((await again.json()) as { file: { id: string } }).file.id).toBe(file.id);
    }
    expect(await db.$primary().generatedFile.count({ where: { ownerId: student.userId } })).toBe(2);
  });

  it("ask a signed-out caller to sign in", async () => {
    expect((await call(requestExport, "exports", "POST")).status).toBe(401);
    expect((await call(requestReport, "reports", "POST")).status).toBe(401);
  });
});

describe("POST and DELETE /api/v1/me/deletion", () => {
  it("schedules deletion and signs the caller out; after signing in again, cancels it", async () => {
    const cookie = await signIn();
    const res = await call(requestDeletion, "deletion", "POST", cookie);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { deleteAfter: string; alreadyRequested: boolean };
    expect(body.alreadyRequested).toBe(false);
    expect(new Date(body.deleteAfter).getTime()).toBeGreaterThan(Date.now() + 13 * 86_400_000);
    expect(await listSessions(student.userId)).toEqual([]);
    expect((await call(cancelDeletion, "deletion", "DELETE", cookie)).status).toBe(401);

    const fresh = await signIn();
    const cancel = await call(cancelDeletion, "deletion", "DELETE", fresh);
    expect(await cancel.json()).toEqual({ cancelled: true });
    expect(await db.$primary().user.findUniqueOrThrow({ where: { id: student.userId } })).toMatchObject({ deleteAfter: null, deletionRequestedAt: null });
  });
});
