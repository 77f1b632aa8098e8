import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/prisma";
import { revokeAllSessions } from "@/lib/auth/session-store";
import { loadFeedbackStates } from "@/lib/feedback/load-feedback-states";
import type { StoredFeedback } from "@/lib/feedback/written-feedback-schema";
import { publishedQuestions } from "@/lib/test-support/questions";
import { countSqlStatements } from "@/lib/test-support/sql-statements";
import { createTestUser, deleteTestUsers, signInAs, type TestUser } from "@/lib/test-support/users";
import { recordWrittenAttempts } from "@/lib/test-support/written-attempts";
import { GET } from "./route";

const configured = { value: true };
vi.mock("@/lib/feedback/feedback-model", async (importOriginal) => ({ ...(await importOriginal<object>()), aiFeedbackConfigured: () => configured.value }));

const url = (ids: string) => `http://127.0.0.1:3100/api/v1/attempts/feedback?ids=${ids}`;
const get = (ids: string, cookie?: string) => GET(new Request(url(ids), { headers: cookie ? { cookie } : {} }), { params: Promise.resolve({}) });
const codeOf = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

const ready: StoredFeedback = {
  status: "ready",
  model: "stand-in-model",
  points: [{ label: "M1", awarded: true, comment: "Named the force." }],
  summary: "Good.",
  generatedAt: "2026-12-01T00:00:00.000Z",
};
const setFeedback = (id: string, feedback: StoredFeedback) =>
  db.$executeRaw`update attempts set ai_feedback = ${JSON.stringify(feedback)}::jsonb where id = ${id}::uuid`;

describe("GET /api/v1/attempts/feedback", () => {
  let student: TestUser;
  let stranger: TestUser;
  let cookie: string;
  let strangerCookie: string;
  let mine: { ready: string; failed: string; pending: string; off: string };
  let theirs: string;

  beforeAll(async () => {
    [student, stranger] = await Promise.all([createTestUser({ courses: ["physics-sl"] }), createTestUser({ courses: ["physics-sl"] })]);
    const question = (await publishedQuestions("physics-sl", { type: "WRITTEN" }))[0]!;
    const [a, b, c, d] = await recordWrittenAttempts(student.id, question.id, ["one", "two", "three", "four"]);
    mine = { ready: a!, failed: b!, pending: c!, off: d! };
    theirs = (await recordWrittenAttempts(stranger.id, question.id, ["theirs"]))[0]!;
    await setFeedback(mine.ready, ready);
    await setFeedback(mine.failed, { status: "unavailable", reason: "timeout" });
    await setFeedback(mine.off, { status: "unavailable", reason: "not_configured" });
    await setFeedback(theirs, ready);
    cookie = (await signInAs(student)).cookie;
    strangerCookie = (await signInAs(stranger)).cookie;
  });
  afterAll(async () => {
    await Promise.all([student, stranger].map((u) => revokeAllSessions(u.id)));
    await deleteTestUsers([student.id, stranger.id]);
  });

  it("returns each of the student's attempts' feedback state, with the stored feedback once there is something to show", async () => {
    const res = await get([mine.ready, mine.failed, mine.pending, mine.off, mine.ready].join(","), cookie);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(await res.json()).toEqual({
      items: [
        { attemptId: mine.ready, state: "ready", feedback: ready },
        { attemptId: mine.failed, state: "failed", feedback: { status: "unavailable", reason: "timeout" } },
        { attemptId: mine.pending, state: "pending", feedback: null },
        { attemptId: mine.off, state: "not_configured", feedback: { status: "unavailable", reason: "not_configured" } },
      ],
    });
  });

  it("reads as not configured, not pending, when no model is configured", async () => {
    configured.value = false;
    try {
      expect((await loadFeedbackStates(student.id, [mine.pending]))[0]).toEqual({ attemptId: mine.pending, state: "not_configured", feedback: null });
    } finally {
      configured.value = true;
    }
  });

  it("costs one query per poll", async () => {
    const { statements } = await countSqlStatements(() => loadFeedbackStates(student.id, [mine.ready, mine.pending, mine.failed]));
    expect(statements).toHaveLength(1);
  });

  it("answers 404 for an attempt that is not the student's (alone or among their own), unknown or malformed, and 401 signed out", async () => {
    for (const ids of [theirs, `${mine.ready},${theirs}`, randomUUID(), "not-an-id", `${mine.ready},x`]) {
      const res = await get(ids, cookie);
      expect(res.status, ids).toBe(404);
      expect(await codeOf(res)).toBe("not_found");
    }
    // The owner sees theirs.
    expect((await get(theirs, strangerCookie)).status).toBe(200);
    const signedOut = await get(mine.ready);
    expect(signedOut.status).toBe(401);
    expect(await codeOf(signedOut)).toBe("unauthorized");
  });

  it("answers 400 for a request naming no attempt or too many", async () => {
    expect((await get("", cookie)).status).toBe(400);
    expect((await GET(new Request("http://127.0.0.1:3100/api/v1/attempts/feedback", { headers: { cookie } }), { params: Promise.resolve({}) })).status).toBe(
      400,
    );
    expect((await get(Array.from({ length: 61 }, () => randomUUID()).join(","), cookie)).status).toBe(400);
  });
});
