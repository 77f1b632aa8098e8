import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/prisma";
import { openAiCompatibleModel, type FeedbackModel } from "@/lib/feedback/feedback-model";
import { queueWrittenFeedback } from "@/lib/feedback/queue-written-feedback";
import { loadFeedbackStates } from "@/lib/feedback/load-feedback-states";
import { startTestOpenAiServer } from "@/lib/feedback/test-openai-server";
import { settleInlineJobs } from "@/lib/jobs/inline-runner";
import { levelRange, type MarkbandCriterion } from "@/lib/questions/markbands-input";
import { getMockExam } from "./mock-exam-state";
import { saveMockDraft } from "./save-mock-draft";
import { startMockExam } from "./start-mock-exam";
import { submitMockExam } from "./submit-mock-exam";
import { paperQuestions } from "@/lib/test-support/questions";
import { createTestUser, deleteTestUsers } from "@/lib/test-support/users";

// The whole path in inline job mode: submit → enqueue → the write-ai-feedback job → the stand-in model
// server → attempts.ai_feedback. Only "which model is configured" is decided here.
const configured: { model: FeedbackModel | null } = { model: null };
vi.mock("@/lib/feedback/feedback-model", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  feedbackModelFromEnv: () => configured.model,
  aiFeedbackConfigured: () => configured.model !== null,
}));

let server: Awaited<ReturnType<typeof startTestOpenAiServer>>;
let model: FeedbackModel;
const users: string[] = [];
beforeAll(async () => {
  server = await startTestOpenAiServer();
  model = openAiCompatibleModel({ apiKey: "test-key", baseURL: server.baseURL, modelId: "stand-in-model" });
});
beforeEach(() => {
  configured.model = model;
});
afterAll(async () => {
  await server?.close();
  await deleteTestUsers(users);
});

const student = async (course: string) => {
  const id = (await createTestUser({ courses: [course] })).id;
  users.push(id);
  return id;
};
/** Requests to the model about answers containing `text`. */
const asked = (text: string) => server.requests.filter((r) => r.messages.some((m) => String(m.content).includes(text))).length;

/** A paper with `count` written answers (each naming `tag`) and the rest blank; the model's reply fits every one of them. */
async function paperWithWrittenAnswers(userId: string, course: string, paper: "P1" | "P2", count: number, tag: string) {
  const { id } = await startMockExam(userId, { courseSlug: course, paper, scale: 0.5 });
  const written = (await paperQuestions(id)).filter((q) => q.type === "WRITTEN").slice(0, count);
  expect(written).toHaveLength(count);
  for (const q of written) await saveMockDraft(userId, id, q.id, { type: "WRITTEN", text: `${tag}: my working, step by step, for ${q.id}.` });
  // One reply for every question: points for all their labels (unknown ones are dropped per question),
  // and the lowest level of every criterion, for markband questions.
  const criteria = written.flatMap((q) => (q.markbands as MarkbandCriterion[] | null) ?? []);
  server.setMode({
    kind: "good",
    output: {
      points: [...new Set(written.flatMap((q) => q.markingPoints.map((p) => p.label)))].map((label) => ({ label, awarded: true, comment: `Made ${label}.` })),
      criteria: criteria.map((c) => ({ criterion: c.id, level: 1, marks: levelRange(c, 1)!.min, reason: "A start." })),
      summary: "Keep going.",
    },
  });
  return { id, written };
}

describe("AI feedback on a submitted mock paper", () => {
  it("asks the model once per written answer, even when the paper is submitted twice at once and the events are sent again", async () => {
    const userId = await student("math-aa-hl");
    const { id, written } = await paperWithWrittenAnswers(userId, "math-aa-hl", "P1", 3, "double-submit");

    const [first, second] = await Promise.all([submitMockExam(userId, id, { auto: false }), submitMockExam(userId, id, { auto: true })]);
    expect(second.awaitingMarking).toBe(first.awaitingMarking);
    await settleInlineJobs();

    expect(asked("double-submit")).toBe(3);
    const attempts = await db
      .$primary()
      .attempt.findMany({ where: { mockExamId: id }, select: { id: true, questionId: true, status: true, aiFeedback: true } });
    expect(attempts).toHaveLength(3);
    for (const a of attempts) {
      const q = written.find((w) => w.id === a.questionId)!;
      // Advisory: the answer still waits for the student's own marking.
      expect(a.status).toBe("AWAITING_MARKING");
      expect(a.aiFeedback).toMatchObject({ status: "ready", model: "stand-in-model", points: q.markingPoints.map((p) => ({ label: p.label, awarded: true })) });
    }

    // A redelivered event (a retried submit, the sweeper) is the same event id: no second run.
    await queueWrittenFeedback(
      userId,
      attempts.map((a) => a.id),
    );
    await submitMockExam(userId, id, { auto: false });
    await settleInlineJobs();
    expect(asked("double-submit")).toBe(3);
    expect(await db.$primary().jobRun.count({ where: { functionId: "write-ai-feedback", eventId: { in: attempts.map((a) => `ai-feedback:${a.id}`) } } })).toBe(
      3,
    );

    // The result shows it, and the poller's endpoint reports it ready.
    const state = await getMockExam(userId, id);
    const rows = state.result!.questions.filter((q) => q.outcome === "AWAITING_MARKING");
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.attemptId && r.aiFeedback?.status === "ready")).toBe(true);
    const states = await loadFeedbackStates(
      userId,
      rows.map((r) => r.attemptId!),
    );
    expect(states.map((s) => s.state)).toEqual(["ready", "ready", "ready"]);
    expect(states[0]!.feedback).toMatchObject({ status: "ready", summary: "Keep going." });
  });

  it("places an extended answer on its markbands, as in practice", async () => {
    const userId = await student("economics-sl");
    const { id, written } = await paperWithWrittenAnswers(userId, "economics-sl", "P1", 1, "essay");
    const criteria = written[0]!.markbands as MarkbandCriterion[];
    expect(criteria.length).toBeGreaterThan(0);

    await submitMockExam(userId, id, { auto: false });
    await settleInlineJobs();

    const [attempt] = await db.$primary().attempt.findMany({ where: { mockExamId: id }, select: { aiFeedback: true, status: true, marksAwarded: true } });
    expect(attempt).toMatchObject({
      status: "AWAITING_MARKING",
      marksAwarded: 0,
      aiFeedback: { status: "ready", points: [], bands: criteria.map((c) => ({ criterion: c.id, level: 1, marks: levelRange(c, 1)!.min })) },
    });
  });

  it("queues nothing without a model, and the answers' feedback reads as not configured", async () => {
    configured.model = null;
    const userId = await student("math-aa-hl");
    const { id } = await paperWithWrittenAnswers(userId, "math-aa-hl", "P1", 2, "no-model");

    await submitMockExam(userId, id, { auto: false });
    await settleInlineJobs();

    expect(asked("no-model")).toBe(0);
    const attempts = await db.$primary().attempt.findMany({ where: { mockExamId: id }, select: { id: true, aiFeedback: true } });
    expect(attempts.map((a) => a.aiFeedback)).toEqual([null, null]);
    expect(await db.$primary().jobRun.count({ where: { eventId: { in: attempts.map((a) => `ai-feedback:${a.id}`) } } })).toBe(0);
    const states = await loadFeedbackStates(
      userId,
      attempts.map((a) => a.id),
    );
    expect(states.map((s) => s.state)).toEqual(["not_configured", "not_configured"]);
  });
});
