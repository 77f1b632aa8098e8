import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { createSession, revokeSession } from "@/lib/auth/session-store";
import { sessionCookieHeader } from "@/lib/auth/session-cookie";
import { GET as listRoute } from "./route";
import { GET as oneRoute } from "./[id]/route";
import { DELETE as unbookmark, PUT as bookmark } from "../bookmarks/[questionId]/route";

// The real handlers with a real session: a signed session cookie naming a session in Redis.
const BASE = "http://127.0.0.1:3100";
let cookie = "";
const call = async (handler: typeof listRoute, path: string, init: { method?: string; params?: Record<string, string>; signedIn?: boolean } = {}) => {
  const headers = new Headers({ host: "127.0.0.1:3100", "x-forwarded-proto": "http" });
  if (init.signedIn !== false && cookie) headers.set("cookie", cookie);
  return handler(new Request(`${BASE}${path}`, { method: init.method ?? "GET", headers }), { params: Promise.resolve(init.params ?? {}) });
};
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;

describe("question bank API", () => {
  let userId: string;
  let sid: string;
  let mcq: { id: string };

  beforeAll(async () => {
    const email = `bank-api-${randomUUID()}@example.test`;
    userId = (await db.user.create({ data: { email } })).id;
    sid = await createSession({ userId, email, name: "Bank", role: "STUDENT", onboarded: true, userAgent: "vitest", ip: "127.0.0.1" });
    cookie = await sessionCookieHeader(sid);
    mcq = await db.$primary().question.findFirstOrThrow({ where: { course: { slug: "physics-sl" }, status: "PUBLISHED", type: "MCQ" }, select: { id: true } });
  });
  afterAll(async () => {
    await revokeSession(userId, sid);
    await db.user.delete({ where: { id: userId } });
  });

  it("answers 401 without a session, before looking at the query", async () => {
    for (const [handler, path, method, params] of [
      [listRoute, "/api/v1/questions?course=physics-sl&difficulty=9", "GET", {}],
      [oneRoute, `/api/v1/questions/${randomUUID()}`, "GET", { id: randomUUID() }],
      [bookmark, `/api/v1/bookmarks/${randomUUID()}`, "PUT", { questionId: randomUUID() }],
    ] as const) {
      const res = await call(handler, path, { method, params, signedIn: false });
      expect(res.status).toBe(401);
      expect((await errorOf(res)).code).toBe("unauthorized");
    }
  });

  it("lists a page with a cursor to the next", async () => {
    const res = await call(listRoute, "/api/v1/questions?course=physics-sl&difficulty=1&difficulty=2&limit=3");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: { id: string; difficulty: number }[]; nextCursor: string };
    expect(body.items).toHaveLength(3);
    expect(body.items.every((i) => i.difficulty <= 2)).toBe(true);
    const next = (await (
      await call(listRoute, `/api/v1/questions?course=physics-sl&difficulty=1&difficulty=2&limit=3&cursor=${body.nextCursor}`)
    ).json()) as typeof body;
    expect(next.items[0]!.id > body.items[2]!.id).toBe(true);
  });

  it.each([
    ["cursor=garbage", /invalid cursor/],
    ["difficulty=9", /difficulty must be a whole number from 1 to 5/],
    ["limit=0", /limit must be/],
    ["topic=Q9.9", /topic: this course has no topic "Q9.9"/],
  ])("answers 400 for %s with a message naming it", async (query, message) => {
    const res = await call(listRoute, `/api/v1/questions?course=physics-sl&${query}`);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toMatch(message);
  });

  it("shows one question without anything that gives the answer away", async () => {
    const res = await call(oneRoute, `/api/v1/questions/${mcq.id}`, { params: { id: mcq.id } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ id: mcq.id, type: "MCQ", bookmarked: false, attempted: false });
    expect((body.options as { id: string; text: string }[]).length).toBeGreaterThan(1);
    for (const hidden of ["correctOptionId", "numericAnswer", "workedSolution", "markingPoints", "markscheme", "source"])
      expect(body).not.toHaveProperty(hidden);
    expect((await call(oneRoute, "/api/v1/questions/x", { params: { id: "not-a-uuid" } })).status).toBe(404);
    const missing = randomUUID();
    expect((await call(oneRoute, `/api/v1/questions/${missing}`, { params: { id: missing } })).status).toBe(404);
  });

  it("bookmarks idempotently with PUT and DELETE", async () => {
    const params = { questionId: mcq.id };
    const path = `/api/v1/bookmarks/${mcq.id}`;
    for (let i = 0; i < 2; i++) {
      const res = await call(bookmark, path, { method: "PUT", params });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ questionId: mcq.id, bookmarked: true });
    }
    expect(await db.$primary().bookmark.count({ where: { userId } })).toBe(1);
    for (let i = 0; i < 2; i++) {
      const res = await call(unbookmark, path, { method: "DELETE", params });
      expect(await res.json()).toEqual({ questionId: mcq.id, bookmarked: false });
    }
    expect(await db.$primary().bookmark.count({ where: { userId } })).toBe(0);
    const missing = randomUUID();
    expect((await call(bookmark, `/api/v1/bookmarks/${missing}`, { method: "PUT", params: { questionId: missing } })).status).toBe(404);
    expect((await call(bookmark, "/api/v1/bookmarks/1", { method: "PUT", params: { questionId: "1" } })).status).toBe(404);
  });
});
