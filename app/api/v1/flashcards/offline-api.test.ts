import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { createSession, revokeAllSessions } from "@/lib/auth/session-store";
import { sessionCookieHeader } from "@/lib/auth/session-cookie";
import type { OfflinePack } from "@/lib/flashcards/offline-pack";
import { GET as getPack } from "./offline-pack/route";
import { POST as postReviews } from "./offline-reviews/route";

// The real handlers with a real session: a signed session cookie naming a session in Redis.
const DAY = 86_400_000;
const signedIn: { cookie: string | null } = { cookie: null };
const auth = (): Record<string, string> => (signedIn.cookie ? { cookie: signedIn.cookie } : {});
const noParams = { params: Promise.resolve({}) };
const sync = (body: unknown) =>
  postReviews(
    new Request("http://127.0.0.1:3100/api/v1/flashcards/offline-reviews", {
      method: "POST",
      headers: { "content-type": "application/json", ...auth() },
      body: JSON.stringify(body),
    }),
    noParams,
  );
const pack = () => getPack(new Request("http://127.0.0.1:3100/api/v1/flashcards/offline-pack", { headers: auth() }), noParams);
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;

let userId: string;
let mathCard: { id: string; front: string; back: string };
const states: { dueSoon: string; dueLater: string } = { dueSoon: "", dueLater: "" };

beforeAll(async () => {
  const course = await db.course.findUniqueOrThrow({ where: { slug: "physics-sl" } });
  const user = await db.user.create({ data: { email: `offline-api-${randomUUID()}@example.test`, enrolments: { create: { courseId: course.id } } } });
  userId = user.id;
  const sid = await createSession({ userId, email: user.email, name: null, role: "STUDENT", onboarded: true, userAgent: "vitest", ip: "127.0.0.1" });
  signedIn.cookie = await sessionCookieHeader(sid);
  mathCard = await db.flashcard.findFirstOrThrow({
    where: { courseId: course.id, status: "PUBLISHED", OR: [{ front: { contains: "$" } }, { back: { contains: "$" } }] },
    select: { id: true, front: true, back: true },
  });
  const [soon, later] = await db.flashcard.findMany({
    where: { courseId: course.id, status: "PUBLISHED", id: { not: mathCard.id } },
    take: 2,
    select: { id: true },
  });
  const now = Date.now();
  const inReview = (flashcardId: string, due: Date) => ({
    userId,
    flashcardId,
    state: "REVIEW" as const,
    due,
    lastReview: new Date(now - 5 * DAY),
    stability: 8,
    difficulty: 5,
    reps: 3,
    createdAt: new Date(now - 30 * DAY),
  });
  states.dueSoon = (await db.cardState.create({ data: inReview(soon!.id, new Date(now + 2 * DAY)) })).id;
  states.dueLater = (await db.cardState.create({ data: inReview(later!.id, new Date(now + 5 * DAY)) })).id;
  // The card with maths is due today.
  await db.cardState.create({ data: inReview(mathCard.id, new Date(now - DAY)) });
});
afterAll(async () => {
  await revokeAllSessions(userId);
  await db.user.delete({ where: { id: userId } });
});

describe("GET /api/v1/flashcards/offline-pack", () => {
  it("answers today's queue and the cards due in the next three days, their text rendered to HTML, and is never cached", async () => {
    const res = await pack();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toMatch(/private.*no-store|no-store.*private/);
    const body = (await res.json()) as OfflinePack;
    expect(body.userId).toBe(userId);
    expect(Date.parse(body.horizon) - Date.parse(body.generatedAt)).toBe(3 * DAY);

    const keys = body.cards.map((c) => c.key);
    expect(keys).toContain(`state:${states.dueSoon}`);
    expect(keys).not.toContain(`state:${states.dueLater}`);
    // Today's share of new cards, after the due ones.
    expect(body.cards.filter((c) => c.due === null)).toHaveLength(20);
    expect(body.cards[0]!.due).not.toBeNull();

    const maths = body.cards.find((c) => c.content.kind === "flashcard" && c.content.flashcardId === mathCard.id)!;
    expect(maths.label).toMatch(/^Flashcard · /);
    const html = maths.content.kind === "flashcard" ? maths.content.front + maths.content.back : "";
    expect(html).toContain('class="katex"');
    expect(html).not.toMatch(/\$[^$]+\$/);
  });

  it("asks a signed-out caller to sign in", async () => {
    const saved = signedIn.cookie;
    signedIn.cookie = null;
    try {
      expect((await pack()).status).toBe(401);
    } finally {
      signedIn.cookie = saved;
    }
  });
});

describe("POST /api/v1/flashcards/offline-reviews", () => {
  const review = (overrides: Record<string, unknown> = {}) => ({
    id: randomUUID(),
    card: { cardStateId: states.dueSoon },
    rating: 3,
    reviewedAt: new Date().toISOString(),
    seenAt: new Date(Date.now() - 60_000).toISOString(),
    ...overrides,
  });

  it("answers each review's outcome, and the same outcome on a retry without counting it again", async () => {
    const body = { userId, reviews: [review()] };
    const first = await sync(body);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ results: [{ id: body.reviews[0]!.id, outcome: "applied", cardStateId: states.dueSoon }] });
    const retry = await sync(body);
    expect(await retry.json()).toMatchObject({ results: [{ id: body.reviews[0]!.id, outcome: "duplicate" }] });
    expect(await db.$primary().reviewLog.count({ where: { userId } })).toBe(1);
  });

  it.each([
    ["no reviews", () => [], /at least one review/],
    ["201 reviews", () => Array.from({ length: 201 }, () => review()), /at most 200/],
    ["one id twice", () => [review({ id: "0f2f8a52-6b1f-4b5c-9a51-0c2a7e1f3b44" }), review({ id: "0f2f8a52-6b1f-4b5c-9a51-0c2a7e1f3b44" })], /once/],
    ["a review without seenAt", () => [review({ seenAt: undefined })], /seenAt/],
    ["a date that is not ISO 8601", () => [review({ reviewedAt: "yesterday" })], /reviewedAt/],
    ["rating 0", () => [review({ rating: 0 })], /rating must be 1/],
  ])("answers 400 for %s, applying nothing", async (_, reviews, message) => {
    const before = await db.$primary().reviewLog.count({ where: { userId } });
    // The reviews are made here: the card they name exists only once beforeAll has run.
    const res = await sync({ userId, reviews: reviews() });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toMatch(message);
    expect(await db.$primary().reviewLog.count({ where: { userId } })).toBe(before);
  });

  it("answers 409 for reviews made in another account", async () => {
    const res = await sync({ userId: randomUUID(), reviews: [review()] });
    expect(res.status).toBe(409);
    expect(await errorOf(res)).toMatchObject({ code: "other_account" });
  });

  it("asks a signed-out caller to sign in", async () => {
    const saved = signedIn.cookie;
    signedIn.cookie = null;
    try {
      expect((await sync({ userId, reviews: [review()] })).status).toBe(401);
    } finally {
      signedIn.cookie = saved;
    }
  });
});
