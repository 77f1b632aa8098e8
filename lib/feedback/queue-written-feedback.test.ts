import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { enqueue } from "@/lib/jobs/enqueue";
import { aiFeedbackConfigured } from "@/lib/feedback/feedback-model";
import { queueWrittenFeedback } from "@/lib/feedback/queue-written-feedback";
import { createPracticeSession } from "@/lib/practice/create-practice-session";
import { submitPracticeAnswer } from "@/lib/practice/submit-practice-answer";
import { db } from "@/lib/db/prisma";
import { publishedQuestions } from "@/lib/test-support/questions";
import { createTestUser, deleteTestUsers } from "@/lib/test-support/users";

// The job layer is someone else's: here only the call to it is checked, and made to fail, to prove a
// broken queue never costs the student their answer.
vi.mock("@/lib/jobs/enqueue", () => ({ enqueue: vi.fn(async () => Promise.reject(new Error("queue down"))) }));
vi.mock("@/lib/feedback/feedback-model", async (importOriginal) => ({ ...(await importOriginal<object>()), aiFeedbackConfigured: vi.fn(() => true) }));

describe("queueWrittenFeedback", () => {
  let userId: string;
  beforeAll(async () => {
    userId = (await createTestUser({ courses: ["physics-sl"] })).id;
  });
  afterAll(() => deleteTestUsers([userId]));
  beforeEach(() => {
    vi.mocked(enqueue).mockClear();
    vi.mocked(aiFeedbackConfigured).mockReturnValue(true);
  });

  it("enqueues the feedback job once per written answer submitted for self-marking, and survives a failing queue", async () => {
    const written = (await publishedQuestions("physics-sl", { type: "WRITTEN" }))[0]!;
    const sessionId = (await createPracticeSession(userId, { mode: "questions", questionIds: [written.id] })).id;

    const submitted = await submitPracticeAnswer(userId, sessionId, written.id, { type: "WRITTEN", text: "Air resistance reduces the range." }, 10_000);

    expect(submitted.result.status).toBe("AWAITING_MARKING");
    expect(vi.mocked(enqueue).mock.calls).toEqual([
      [{ name: "attempt/written.submitted", data: { attemptId: submitted.attemptId, userId }, id: `ai-feedback:${submitted.attemptId}` }],
    ]);
    expect(await db.$primary().attempt.count({ where: { id: submitted.attemptId } })).toBe(1);
    // A repeated submit returns the first result and does not enqueue again.
    await submitPracticeAnswer(userId, sessionId, written.id, { type: "WRITTEN", text: "again" }, 1);
    expect(vi.mocked(enqueue)).toHaveBeenCalledTimes(1);
  });

  it("does not enqueue for answers marked at once (multiple choice, blank written)", async () => {
    const mcq = (await publishedQuestions("physics-sl", { type: "MCQ" }))[0]!;
    const written = (await publishedQuestions("physics-sl", { type: "WRITTEN" }))[0]!;
    const sessionId = (await createPracticeSession(userId, { mode: "questions", questionIds: [mcq.id, written.id] })).id;

    await submitPracticeAnswer(userId, sessionId, mcq.id, { type: "MCQ", optionId: mcq.correctOptionId! }, 1);
    const blank = await submitPracticeAnswer(userId, sessionId, written.id, { type: "WRITTEN", text: "  " }, 1);

    expect(blank.result.status).toBe("MARKED");
    expect(enqueue).not.toHaveBeenCalled();
  });

  it("sends nothing when no model is configured", async () => {
    vi.mocked(aiFeedbackConfigured).mockReturnValue(false);
    await queueWrittenFeedback(userId, ["01900000-0000-7000-8000-000000000000"]);
    expect(enqueue).not.toHaveBeenCalled();
  });
});
