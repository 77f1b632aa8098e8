import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { createSession, revokeAllSessions } from "@/lib/auth/session-store";
import { sessionCookieHeader } from "@/lib/auth/session-cookie";
import { GET as getQueue } from "./queue/route";
import { POST as postReview } from "./review/route";

// The real handlers with a real session: a signed session cookie naming a session in Redis.
const signedIn: { cookie: string | null } = { cookie: null };
const auth = (): Record<string, string> => (signedIn.cookie ? { cookie: signedIn.cookie } : {});

const noParams = { params: Promise.resolve({}) };
const review = (body: unknown) =>
  postReview(
    new Request("http://127.0.0.1:3100/api/v1/flashcards/review", {
      method: "POST",
      headers: { "content-type": "application/json", ...auth() },
      body: JSON.stringify(body),
    }),
    noParams,
  );
const queue = (query = "") => getQueue(new Request(`http://127.0.0.1:3100/api/v1/flashcards/queue${query}`, { headers: auth() }), noParams);
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;

let userId: string;
let flashcardId: string;
let foreignFlashcard: string;

beforeAll(async () => {
  const course = await db.course.findUniqueOrThrow({ where: { slug: "physics-sl" } });
  const user = await db.user.create({ data: { email: `flashcards-api-${randomUUID()}@example.test`, enrolments: { create: { courseId: course.id } } } });
  userId = user.id;
  const sid = await createSession({ userId: user.id, email: user.email, name: null, role: "STUDENT", onboarded: true, userAgent: "vitest", ip: "127.0.0.1" });
  signedIn.cookie = await sessionCookieHeader(sid);
  flashcardId = (await db.flashcard.findFirstOrThrow({ where: { courseId: course.id } })).id;
  foreignFlashcard = (await db.flashcard.findFirstOrThrow({ where: { course: { slug: "biology-hl" } } })).id;
});
afterAll(async () => {
  await revokeAllSessions(userId);
  await db.user.delete({ where: { id: userId } });
});

describe("GET /api/v1/flashcards/queue", () => {
  it("answers the student's queue", async () => {
    const res = await queue("?limit=3");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { due: { key: string; intervals: Record<string, { text: string }> }[]; counts: Record<string, number>; mode: string };
    expect(body.mode).toBe("normal");
    expect(body.due).toHaveLength(3);
    expect(body.due[0]!.intervals["3"]!.text).toBe("10 minutes");
    expect(body.counts).toEqual({ dueToday: 0, overdue: 0, new: 20, mistakes: 0 });
  });

  it("refuses an unknown mode with 400", async () => {
    const res = await queue("?mode=cram");
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toMatch(/mode/);
  });

  it("asks a signed-out caller to sign in", async () => {
    const saved = signedIn.cookie;
    signedIn.cookie = null;
    try {
      expect((await queue()).status).toBe(401);
    } finally {
      signedIn.cookie = saved;
    }
  });
});

describe("POST /api/v1/flashcards/review", () => {
  it("rates a card and says when it comes back", async () => {
    const res = await review({ card: { flashcardId }, rating: 3 });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ state: "LEARNING", intervalText: "in 10 minutes", cardStateId: expect.any(String) });
    expect(await db.$primary().reviewLog.count({ where: { userId } })).toBe(1);
  });

  it.each([
    ["rating 5", { card: { flashcardId: randomUUID() }, rating: 5 }, /rating must be 1/],
    ["a string rating", { card: { flashcardId: randomUUID() }, rating: "good" }, /rating must be 1/],
    ["a card that is not a UUID", { card: { flashcardId: "abc" }, rating: 3 }, /card/],
    ["a card naming both kinds", { card: { flashcardId: randomUUID(), cardStateId: randomUUID() }, rating: 3 }, /card/],
  ])("answers 400 for %s", async (_, body, message) => {
    const res = await review(body);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toMatch(message);
  });

  it("answers 404 for a card outside the student's courses", async () => {
    const res = await review({ card: { flashcardId: foreignFlashcard }, rating: 3 });
    expect(res.status).toBe(404);
    expect(await errorOf(res)).toMatchObject({ code: "not_found" });
  });
});
