import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { openAiCompatibleModel } from "@/lib/feedback/feedback-model";
import { generateWrittenFeedback } from "@/lib/feedback/request-written-feedback";
import { startTestOpenAiServer } from "@/lib/feedback/test-openai-server";
import { createPracticeSession } from "@/lib/practice/create-practice-session";
import { getPracticeState } from "@/lib/practice/get-practice-state";
import { submitPracticeAnswer } from "@/lib/practice/submit-practice-answer";
import type { AnswerInput } from "@/lib/marking/marking-types";
import { publishedQuestions } from "@/lib/test-support/questions";
import { createTestUser, deleteTestUsers } from "@/lib/test-support/users";

const ANSWER = "The ball accelerates because the net force on it is non-zero; its kinetic energy increases as work is done on it.";

describe("generateWrittenFeedback", () => {
  let server: Awaited<ReturnType<typeof startTestOpenAiServer>>;
  let model: ReturnType<typeof openAiCompatibleModel>;
  let userId: string;
  let written: { id: string; stem: string; labels: string[] };
  let mcqId: string;

  /** An attempt written by the real answer path: a one-question set, answered. */
  async function answer(questionId: string, input: AnswerInput) {
    const sessionId = (await createPracticeSession(userId, { mode: "questions", questionIds: [questionId] })).id;
    const { attemptId } = await submitPracticeAnswer(userId, sessionId, questionId, input, 30_000);
    return { sessionId, attemptId };
  }
  const attemptRow = (id: string) => db.$primary().attempt.findUniqueOrThrow({ where: { id } });
  const goodOutput = (labels: string[]) => ({
    points: labels.map((label, i) => ({ label, awarded: i === 0, comment: i === 0 ? `You made point ${label}.` : `Point ${label} is missing.` })),
    summary: "A good start; explain the energy transfer fully.",
  });

  beforeAll(async () => {
    server = await startTestOpenAiServer();
    model = openAiCompatibleModel({ apiKey: "test-key", baseURL: server.baseURL, modelId: "stand-in-model" });
    userId = (await createTestUser({ courses: ["physics-sl"] })).id;
    const question = (await publishedQuestions("physics-sl", { type: "WRITTEN" }))[0]!;
    const full = await db.$primary().question.findUniqueOrThrow({
      where: { id: question.id },
      select: { stem: true, markingPoints: { orderBy: { sortOrder: "asc" }, select: { label: true } } },
    });
    written = { id: question.id, stem: full.stem, labels: full.markingPoints.map((p) => p.label) };
    expect(written.labels.length).toBeGreaterThan(1);
    mcqId = (await publishedQuestions("physics-sl", { type: "MCQ" }))[0]!.id;
  });
  afterAll(async () => {
    await server?.close();
    await deleteTestUsers([userId]);
  });

  it("stores good output as ready feedback in markscheme order, shows it, and leaves marks alone", async () => {
    const { sessionId, attemptId } = await answer(written.id, { type: "WRITTEN", text: ANSWER });
    const before = await attemptRow(attemptId);
    expect(before.aiFeedback).toBeNull();
    // Reversed, with an invented label: order comes from the markscheme, unknown labels are dropped.
    const output = goodOutput(written.labels);
    server.setMode({ kind: "good", output: { ...output, points: [{ label: "Z9", awarded: true, comment: "invented" }, ...output.points.reverse()] } });
    const sent = server.requests.length;

    const result = await generateWrittenFeedback({ attemptId }, { model });

    expect(result).toMatchObject({ outcome: "stored", feedback: { status: "ready", model: "stand-in-model", summary: output.summary } });
    const expectedPoints = written.labels.map((label, i) => ({
      label,
      awarded: i === 0,
      comment: i === 0 ? `You made point ${label}.` : `Point ${label} is missing.`,
    }));
    const after = await attemptRow(attemptId);
    expect(after.aiFeedback).toEqual({
      status: "ready",
      model: "stand-in-model",
      points: expectedPoints,
      summary: output.summary,
      generatedAt: expect.any(String),
    });
    expect({ ...after, aiFeedback: null }).toEqual(before);

    // One request, carrying the question, every markscheme point and the answer, asking for the schema.
    expect(server.requests.length).toBe(sent + 1);
    const request = server.requests.at(-1)!;
    expect(request.model).toBe("stand-in-model");
    expect(request.response_format).toMatchObject({ type: "json_schema", json_schema: { name: "written_answer_feedback", schema: expect.any(Object) } });
    const prompt = String(request.messages.find((m) => m.role === "user")?.content);
    for (const text of [written.stem, ANSWER, ...written.labels]) expect(prompt).toContain(text);

    const state = await getPracticeState(userId, sessionId, 0);
    expect(state.view?.answered).toMatchObject({ status: "AWAITING_MARKING", aiFeedback: { status: "ready", points: expectedPoints } });
  });

  it("asks the model once when run twice for the same attempt", async () => {
    const { attemptId } = await answer(written.id, { type: "WRITTEN", text: ANSWER });
    server.setMode({ kind: "good", output: goodOutput(written.labels) });
    const sent = server.requests.length;

    expect(await generateWrittenFeedback({ attemptId }, { model })).toMatchObject({ outcome: "stored", feedback: { status: "ready" } });
    const stored = (await attemptRow(attemptId)).aiFeedback;
    expect(await generateWrittenFeedback({ attemptId }, { model })).toEqual({ outcome: "skipped", reason: "already_ready" });

    expect(server.requests.length).toBe(sent + 1);
    expect((await attemptRow(attemptId)).aiFeedback).toEqual(stored);
  });

  it("stores invalid_output for a reply that is not the requested JSON, and leaves the attempt untouched", async () => {
    const { attemptId } = await answer(written.id, { type: "WRITTEN", text: ANSWER });
    const before = await attemptRow(attemptId);
    server.setMode({ kind: "malformed" });

    expect(await generateWrittenFeedback({ attemptId }, { model })).toEqual({
      outcome: "stored",
      feedback: { status: "unavailable", reason: "invalid_output" },
    });

    const after = await attemptRow(attemptId);
    expect(after.aiFeedback).toEqual({ status: "unavailable", reason: "invalid_output" });
    expect({ ...after, aiFeedback: null }).toEqual(before);
  });

  it("stores invalid_output when a markscheme point has no feedback", async () => {
    const { attemptId } = await answer(written.id, { type: "WRITTEN", text: ANSWER });
    server.setMode({ kind: "good", output: goodOutput(written.labels.slice(1)) });

    expect(await generateWrittenFeedback({ attemptId }, { model })).toEqual({
      outcome: "stored",
      feedback: { status: "unavailable", reason: "invalid_output" },
    });
    expect((await attemptRow(attemptId)).aiFeedback).toEqual({ status: "unavailable", reason: "invalid_output" });
  });

  it("stores timeout when the model answers later than the time allowed", async () => {
    const { attemptId } = await answer(written.id, { type: "WRITTEN", text: ANSWER });
    const before = await attemptRow(attemptId);
    server.setMode({ kind: "slow", ms: 60_000, output: goodOutput(written.labels) });

    expect(await generateWrittenFeedback({ attemptId }, { model, timeoutMs: 200 })).toEqual({
      outcome: "stored",
      feedback: { status: "unavailable", reason: "timeout" },
    });

    const after = await attemptRow(attemptId);
    expect(after.aiFeedback).toEqual({ status: "unavailable", reason: "timeout" });
    expect({ ...after, aiFeedback: null }).toEqual(before);
  });

  it("stores error when the model server fails", async () => {
    const { attemptId } = await answer(written.id, { type: "WRITTEN", text: ANSWER });
    server.setMode({ kind: "error", status: 400 });

    expect(await generateWrittenFeedback({ attemptId }, { model })).toEqual({ outcome: "stored", feedback: { status: "unavailable", reason: "error" } });
  });

  it("stores not_configured without a model, and a later run with a model replaces it", async () => {
    const { sessionId, attemptId } = await answer(written.id, { type: "WRITTEN", text: ANSWER });
    const sent = server.requests.length;

    expect(await generateWrittenFeedback({ attemptId }, { model: null })).toEqual({
      outcome: "stored",
      feedback: { status: "unavailable", reason: "not_configured" },
    });
    expect(server.requests.length).toBe(sent);
    expect((await getPracticeState(userId, sessionId, 0)).view?.answered?.aiFeedback).toEqual({ status: "unavailable", reason: "not_configured" });

    server.setMode({ kind: "good", output: goodOutput(written.labels) });
    expect(await generateWrittenFeedback({ attemptId }, { model })).toMatchObject({ outcome: "stored", feedback: { status: "ready" } });
    expect(server.requests.length).toBe(sent + 1);
  });

  it("records one ai_usage row per model call, with the reported tokens, latency and outcome", async () => {
    // The rows the earlier tests' calls left are not this test's.
    const earlier = (await db.$primary().aiUsage.findMany({ where: { userId }, select: { id: true } })).map((r) => r.id);
    const usageRows = () =>
      db.$primary().aiUsage.findMany({
        where: { userId, id: { notIn: earlier } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { feature: true, model: true, inputTokens: true, outputTokens: true, latencyMs: true, outcome: true },
      });
    const run = async (mode: Parameters<typeof server.setMode>[0], timeoutMs?: number) => {
      const { attemptId } = await answer(written.id, { type: "WRITTEN", text: ANSWER });
      server.setMode(mode);
      return generateWrittenFeedback({ attemptId }, { model, timeoutMs });
    };

    expect(await run({ kind: "good", output: goodOutput(written.labels), usage: { inputTokens: 1_234, outputTokens: 321 } })).toMatchObject({
      feedback: { status: "ready" },
    });
    // Unusable output was paid for: its reported usage is kept.
    expect(await run({ kind: "malformed" })).toMatchObject({ feedback: { reason: "invalid_output" } });
    expect(await run({ kind: "good", output: goodOutput(written.labels.slice(1)), usage: { inputTokens: 7, outputTokens: 8 } })).toMatchObject({
      feedback: { reason: "invalid_output" },
    });
    // A failed request reports nothing.
    expect(await run({ kind: "error", status: 400 })).toMatchObject({ feedback: { reason: "error" } });
    expect(await run({ kind: "slow", ms: 60_000 }, 200)).toMatchObject({ feedback: { reason: "timeout" } });
    // No model, or nothing to ask about: no call, no row.
    const { attemptId } = await answer(written.id, { type: "WRITTEN", text: ANSWER });
    await generateWrittenFeedback({ attemptId }, { model: null });
    await generateWrittenFeedback({ attemptId: (await answer(mcqId, { type: "MCQ", optionId: "A" })).attemptId }, { model });

    const rows = await usageRows();
    const call = { feature: "written-feedback", model: "stand-in-model", latencyMs: expect.any(Number) };
    expect(rows).toEqual([
      { ...call, inputTokens: 1_234, outputTokens: 321, outcome: "ok" },
      { ...call, inputTokens: 100, outputTokens: 50, outcome: "invalid_output" },
      { ...call, inputTokens: 7, outputTokens: 8, outcome: "invalid_output" },
      { ...call, inputTokens: 0, outputTokens: 0, outcome: "error" },
      { ...call, inputTokens: 0, outputTokens: 0, outcome: "timeout" },
    ]);
    expect(rows[4]!.latencyMs).toBeGreaterThanOrEqual(190);
  });

  it("skips attempts that do not exist, are not written, or are blank, without asking the model", async () => {
    const mcq = await answer(mcqId, { type: "MCQ", optionId: "A" });
    const blank = await answer(written.id, { type: "WRITTEN", text: "   " });
    server.setMode({ kind: "good", output: goodOutput(written.labels) });
    const sent = server.requests.length;

    expect(await generateWrittenFeedback({ attemptId: randomUUID() }, { model })).toEqual({ outcome: "skipped", reason: "not_found" });
    expect(await generateWrittenFeedback({ attemptId: "not-a-uuid" }, { model })).toEqual({ outcome: "skipped", reason: "not_found" });
    expect(await generateWrittenFeedback({ attemptId: mcq.attemptId }, { model })).toEqual({ outcome: "skipped", reason: "not_written" });
    expect(await generateWrittenFeedback({ attemptId: blank.attemptId }, { model })).toEqual({ outcome: "skipped", reason: "blank_answer" });

    expect(server.requests.length).toBe(sent);
    expect((await attemptRow(mcq.attemptId)).aiFeedback).toBeNull();
    expect((await attemptRow(blank.attemptId)).aiFeedback).toBeNull();
  });
});
