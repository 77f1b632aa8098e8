import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { createSession, revokeAllSessions } from "@/lib/auth/session-store";
import { sessionCookieHeader } from "@/lib/auth/session-cookie";
import { MAX_WRITTEN_ANSWER_LENGTH } from "@/lib/marking/written-answer-limit";
import { POST as start } from "./route";
import { GET as read } from "./[id]/route";
import { PUT as saveAnswer } from "./[id]/answers/[questionId]/route";
import { POST as submit } from "./[id]/submit/route";
import { POST as selfMark } from "./[id]/self-mark/route";
import { paperQuestions } from "@/lib/test-support/questions";
import { createTestUser, deleteTestUsers } from "@/lib/test-support/users";

// The real handlers with a real session: a signed session cookie naming a session in Redis.
const signedIn: { cookie: string | null } = { cookie: null };
const request = (url: string, init: RequestInit = {}) =>
  new Request(url, { ...init, headers: { ...(init.headers as Record<string, string> | undefined), ...(signedIn.cookie ? { cookie: signedIn.cookie } : {}) } });

const base = "http://127.0.0.1:3100/api/v1/mocks";
const json = (method: string, body: unknown) => ({ method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
const params = (p: Record<string, string>) => ({ params: Promise.resolve(p) });
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;
const as = async (id: string) => {
  const sid = await createSession({
    userId: id,
    email: `${id}@example.test`,
    name: null,
    role: "STUDENT",
    onboarded: true,
    userAgent: "vitest",
    ip: "127.0.0.1",
  });
  signedIn.cookie = await sessionCookieHeader(sid);
};

let student: string;
let stranger: string;
beforeAll(async () => {
  student = (await createTestUser({ courses: ["physics-sl", "math-aa-hl"] })).id;
  stranger = (await createTestUser({ courses: ["physics-sl", "math-aa-hl"] })).id;
});
afterAll(async () => {
  await Promise.all([student, stranger].map((id) => revokeAllSessions(id)));
  await deleteTestUsers([student, stranger]);
});

describe("the mock exam API", () => {
  it("starts, reads, autosaves and submits a paper", async () => {
    await as(student);
    const started = await start(request(base, json("POST", { courseSlug: "physics-sl", paper: "P1A", scale: 0.4, durationSeconds: 30 })), params({}));
    expect(started.status).toBe(201);
    const { id } = (await started.json()) as { id: string };

    const state = (await (await read(request(`${base}/${id}`), params({ id }))).json()) as {
      status: string;
      questions: { id: string }[];
      deadlineAt: string;
      serverNow: string;
    };
    expect(state.status).toBe("IN_PROGRESS");
    const questionId = state.questions[0]!.id;

    const saved = await saveAnswer(
      request(`${base}/${id}/answers/${questionId}`, json("PUT", { answer: { type: "MCQ", optionId: "A" } })),
      params({ id, questionId }),
    );
    expect(saved.status).toBe(200);
    const bad = await saveAnswer(
      request(`${base}/${id}/answers/${questionId}`, json("PUT", { answer: { type: "MCQ", optionId: "Z" } })),
      params({ id, questionId }),
    );
    expect(bad.status).toBe(400);

    const submitted = await submit(request(`${base}/${id}/submit`, { method: "POST" }), params({ id }));
    expect(submitted.status).toBe(200);
    const result = (await submitted.json()) as { totalMarks: number; questions: { answer: unknown }[] };
    expect(result.totalMarks).toBe(10);
    expect(result.questions[0]!.answer).toEqual({ type: "MCQ", optionId: "A" });

    const late = await saveAnswer(
      request(`${base}/${id}/answers/${questionId}`, json("PUT", { answer: { type: "MCQ", optionId: "B" } })),
      params({ id, questionId }),
    );
    expect(late.status).toBe(409);
    expect(await errorOf(late)).toMatchObject({ code: "time_up", message: expect.stringMatching(/time is up/i) });
    expect(await db.$primary().attempt.count({ where: { mockExamId: id } })).toBe(1);
  });

  it("answers 404 for another student's paper, 403 for a course the student does not take", async () => {
    await as(student);
    const { id } = (await (await start(request(base, json("POST", { courseSlug: "physics-sl", paper: "P1A", scale: 0.4 })), params({}))).json()) as {
      id: string;
    };
    await as(stranger);
    expect((await read(request(`${base}/${id}`), params({ id }))).status).toBe(404);
    expect((await submit(request(`${base}/${id}/submit`, { method: "POST" }), params({ id }))).status).toBe(404);
    const other = await start(request(base, json("POST", { courseSlug: "economics-sl", paper: "P1" })), params({}));
    expect(other.status).toBe(403);
    const invalid = await start(request(base, json("POST", { courseSlug: "physics-sl", paper: "P9" })), params({}));
    expect(invalid.status).toBe(400);
  });

  it("self-marks a written answer of a submitted paper, refusing bad input with a 4xx", async () => {
    await as(student);
    const { id } = (await (await start(request(base, json("POST", { courseSlug: "math-aa-hl", paper: "P1", scale: 0.4 })), params({}))).json()) as {
      id: string;
    };
    const q = (await paperQuestions(id)).find((x) => x.type === "WRITTEN")!;
    const mark = (body: unknown) => selfMark(request(`${base}/${id}/self-mark`, json("POST", body)), params({ id }));

    const tooLong = await saveAnswer(
      request(`${base}/${id}/answers/${q.id}`, json("PUT", { answer: { type: "WRITTEN", text: "a".repeat(MAX_WRITTEN_ANSWER_LENGTH + 1) } })),
      params({ id, questionId: q.id }),
    );
    expect(tooLong.status).toBe(400);
    expect(JSON.stringify(await errorOf(tooLong))).toMatch(/10,000 characters/);
    await saveAnswer(
      request(`${base}/${id}/answers/${q.id}`, json("PUT", { answer: { type: "WRITTEN", text: "My working." } })),
      params({ id, questionId: q.id }),
    );

    const early = await mark({ questionId: q.id, labels: [] });
    expect(early.status).toBe(409);
    expect(await errorOf(early)).toMatchObject({ code: "not_submitted" });
    await submit(request(`${base}/${id}/submit`, { method: "POST" }), params({ id }));

    expect((await mark({ questionId: "not-a-uuid", labels: [] })).status).toBe(400);
    expect((await mark({ questionId: q.id, labels: "M1" })).status).toBe(400);
    expect((await mark({ questionId: q.id, labels: ["no such point!"] })).status).toBe(400);
    expect((await mark({ questionId: q.id, labels: ["Z9"] })).status).toBe(400);
    expect(
      (await selfMark(request(`${base}/${id}/self-mark`, { method: "POST", headers: { "content-type": "application/json" }, body: "{" }), params({ id })))
        .status,
    ).toBe(400);
    await as(stranger);
    expect((await mark({ questionId: q.id, labels: [] })).status).toBe(404);

    await as(student);
    const marked = await mark({ questionId: q.id, labels: q.markingPoints.map((p) => p.label) });
    expect(marked.status).toBe(200);
    const result = (await marked.json()) as { marksAwarded: number; awaitingMarking: number };
    expect(result).toMatchObject({ marksAwarded: q.marks, awaitingMarking: 0 });
    expect((await mark({ questionId: q.id, labels: [] })).status).toBe(409);
  });

  it("requires a signed-in user", async () => {
    signedIn.cookie = null;
    expect((await start(request(base, json("POST", { courseSlug: "physics-sl", paper: "P1A" })), params({}))).status).toBe(401);
  });
});
