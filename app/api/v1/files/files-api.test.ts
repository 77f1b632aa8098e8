import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GeneratedFileStatus } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";
import { createSession, revokeAllSessions } from "@/lib/auth/session-store";
import { sessionCookieHeader } from "@/lib/auth/session-cookie";
import { GET as list } from "./route";
import { GET as download } from "./[id]/route";
import { createTestStudent } from "@/lib/test-support/test-student";

const base = "http://127.0.0.1:3100/api/v1/files";
let owner: Awaited<ReturnType<typeof createTestStudent>>;
let other: Awaited<ReturnType<typeof createTestStudent>>;
let ownerCookie: string;
let otherCookie: string;

const cookieFor = async (s: { userId: string; email: string }) =>
  sessionCookieHeader(
    await createSession({ userId: s.userId, email: s.email, name: null, role: "STUDENT", onboarded: true, userAgent: "vitest", ip: "127.0.0.1" }),
  );
const get = (id: string, cookie?: string) => download(new Request(`${base}/${id}`, { headers: cookie ? { cookie } : {} }), { params: Promise.resolve({ id }) });

async function fileOf(ownerId: string, status: GeneratedFileStatus) {
  const ready = status === "READY";
  const row = await db.generatedFile.create({
    data: {
      ownerId,
      kind: "PROGRESS_REPORT",
      status,
      idempotencyKey: `test:${randomUUID()}`,
      expiresAt: new Date(Date.now() + 86_400_000),
      ...(ready
        ? {
            fileName: "ib-revise-progress-report-2026-11-23.pdf",
            contentType: "application/pdf",
            content: new Uint8Array(Buffer.from("%PDF-1.7 test")),
            byteSize: 13,
            readyAt: new Date(),
          }
        : {}),
    },
    select: { id: true },
  });
  return row.id;
}

beforeAll(async () => {
  owner = await createTestStudent();
  other = await createTestStudent();
  [ownerCookie, otherCookie] = await Promise.all([cookieFor(owner), cookieFor(other)]);
});
afterAll(async () => {
  await Promise.all([revokeAllSessions(owner.userId), revokeAllSessions(other.userId)]);
  await db.user.deleteMany({ where: { id: { in: [owner.userId, other.userId] } } });
});

describe("GET /api/v1/files/[id]", () => {
  it("sends the owner the file as a private attachment", async () => {
    const id = await fileOf(owner.userId, "READY");
    const res = await get(id, ownerCookie);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="ib-revise-progress-report-2026-11-23.pdf"; filename*=UTF-8''ib-revise-progress-report-2026-11-23.pdf`,
    );
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(Buffer.from(await res.arrayBuffer()).toString("latin1")).toBe("%PDF-1.7 test");
  });

  it("answers 404 to anyone but the owner, without saying the file exists", async () => {
    const id = await fileOf(owner.userId, "READY");
    const res = await get(id, otherCookie);
    expect(res.status).toBe(404);
    const unknown = await get(randomUUID(), otherCookie);
    expect(await res.json()).toEqual(await unknown.json());
  });

  it("answers 409 while the file is being made", async () => {
    const res = await get(await fileOf(owner.userId, "PENDING"), ownerCookie);
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("file_not_ready");
  });

  it("asks a signed-out caller to sign in", async () => {
    expect((await get(await fileOf(owner.userId, "READY"))).status).toBe(401);
  });
});

describe("GET /api/v1/files", () => {
  it("lists the caller's own files only", async () => {
    const mine = await fileOf(owner.userId, "READY");
    const theirs = await fileOf(other.userId, "READY");
    const res = await list(new Request(base, { headers: { cookie: ownerCookie } }), { params: Promise.resolve({}) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: { id: string; status: string }[]; nextCursor: string | null };
    expect(body.items.map((f) => f.id)).toContain(mine);
    expect(body.items.map((f) => f.id)).not.toContain(theirs);
  });

  it("asks a signed-out caller to sign in, and refuses a malformed cursor", async () => {
    expect((await list(new Request(base), { params: Promise.resolve({}) })).status).toBe(401);
    const bad = await list(new Request(`${base}?cursor=nope`, { headers: { cookie: ownerCookie } }), { params: Promise.resolve({}) });
    expect(bad.status).toBe(400);
  });
});
