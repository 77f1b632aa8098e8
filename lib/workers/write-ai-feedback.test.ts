import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/prisma";
import { openAiCompatibleModel, type FeedbackModel } from "@/lib/feedback/feedback-model";
import { startTestOpenAiServer } from "@/lib/feedback/test-openai-server";
import { runInline } from "@/lib/jobs/inline-runner";
import { publishedQuestions } from "@/lib/test-support/questions";
import { createTestUsers, deleteTestUsers } from "@/lib/test-support/users";
import { recordWrittenAttempts } from "@/lib/test-support/written-attempts";
import { AI_FEEDBACK_CONCURRENCY, AI_FEEDBACK_CONCURRENCY_PER_STUDENT, writeAiFeedback } from "@/lib/workers/write-ai-feedback";

// The job's own run, with the configured model pointed at the stand-in server.
const configured: { model: FeedbackModel | null } = { model: null };
vi.mock("@/lib/feedback/feedback-model", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  feedbackModelFromEnv: () => configured.model,
  aiFeedbackConfigured: () => configured.model !== null,
}));

describe("write-ai-feedback in inline mode", () => {
  let server: Awaited<ReturnType<typeof startTestOpenAiServer>>;
  let students: string[];
  let question: { id: string; labels: string[] };

  beforeAll(async () => {
    server = await startTestOpenAiServer();
    configured.model = openAiCompatibleModel({ apiKey: "test-key", baseURL: server.baseURL, modelId: "stand-in-model" });
    students = await createTestUsers(3, { courses: ["physics-sl"] });
    const written = (await publishedQuestions("physics-sl", { type: "WRITTEN" }))[0]!;
    const points = await db.$primary().markingPoint.findMany({ where: { questionId: written.id }, orderBy: { sortOrder: "asc" }, select: { label: true } });
    question = { id: written.id, labels: points.map((p) => p.label) };
  });
  afterAll(async () => {
    await server?.close();
    await deleteTestUsers(students);
  });

  it(`runs a burst of 50 answers at most ${AI_FEEDBACK_CONCURRENCY} at once on the instance and ${AI_FEEDBACK_CONCURRENCY_PER_STUDENT} per student`, async () => {
    // 30 answers from one student, 10 from each of two others; each answer names its student for the count.
    const bursts = await Promise.all(
      students.map((userId, s) =>
        recordWrittenAttempts(
          userId,
          question.id,
          Array.from({ length: s === 0 ? 30 : 10 }, (_, i) => `student-${s} answer ${i}: the drag force reduces the range.`),
        ).then((ids) => ids.map((attemptId) => ({ userId, attemptId }))),
      ),
    );
    const events = bursts.flat();
    expect(events).toHaveLength(50);
    // Every request is held open a while, so runs that were allowed to overlap do.
    server.setMode({
      kind: "slow",
      ms: 120,
      output: { points: question.labels.map((label) => ({ label, awarded: true, comment: "ok" })), summary: "Fine." },
    });
    const sent = server.requests.length;
    // The real definition under a fresh id: its gates and throttle counts start empty.
    const job = { ...writeAiFeedback, id: `test-write-ai-feedback-${randomUUID().slice(0, 8)}` };

    const results = await Promise.all(events.map((data) => runInline(job, { name: "attempt/written.submitted", data, id: `ai-feedback:${data.attemptId}` })));

    expect(results.every((r) => r.status === "succeeded")).toBe(true);
    expect(server.requests.length - sent).toBe(50);
    const ofStudent = (s: number) => (r: { messages: { content: unknown }[] }) => r.messages.some((m) => String(m.content).includes(`student-${s} answer`));
    expect(server.peakConcurrency()).toBe(AI_FEEDBACK_CONCURRENCY);
    for (const s of [0, 1, 2]) expect(server.peakConcurrency(ofStudent(s))).toBe(AI_FEEDBACK_CONCURRENCY_PER_STUDENT);
    const stored = await db.$primary().attempt.findMany({ where: { id: { in: events.map((e) => e.attemptId) } }, select: { aiFeedback: true } });
    expect(stored.every((a) => (a.aiFeedback as { status?: string } | null)?.status === "ready")).toBe(true);
  });
});
