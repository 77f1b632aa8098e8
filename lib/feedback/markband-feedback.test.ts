import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { openAiCompatibleModel } from "@/lib/feedback/feedback-model";
import { generateWrittenFeedback } from "@/lib/feedback/request-written-feedback";
import { startTestOpenAiServer } from "@/lib/feedback/test-openai-server";
import { createPracticeSession } from "@/lib/practice/create-practice-session";
import { getPracticeState } from "@/lib/practice/get-practice-state";
import { submitPracticeAnswer } from "@/lib/practice/submit-practice-answer";
import type { MarkbandCriterion } from "@/lib/questions/markbands-input";
import { createTestUser, deleteTestUsers } from "@/lib/test-support/users";

const ESSAY = "A nudge changes the choice architecture. Opt-out pensions raised saving through inertia, but nudges are weak for addictive goods.";

describe("AI feedback on an answer marked against markbands", () => {
  let server: Awaited<ReturnType<typeof startTestOpenAiServer>>;
  let model: ReturnType<typeof openAiCompatibleModel>;
  let userId: string;
  let essay: { id: string; stem: string; markbands: MarkbandCriterion[] };

  async function answer() {
    const sessionId = (await createPracticeSession(userId, { mode: "questions", questionIds: [essay.id] })).id;
    const { attemptId } = await submitPracticeAnswer(userId, sessionId, essay.id, { type: "WRITTEN", text: ESSAY }, 60_000);
    return { sessionId, attemptId };
  }

  beforeAll(async () => {
    server = await startTestOpenAiServer();
    model = openAiCompatibleModel({ apiKey: "test-key", baseURL: server.baseURL, modelId: "stand-in-model" });
    userId = (await createTestUser({ courses: ["economics-sl"] })).id;
    const row = await db.$primary().question.findUniqueOrThrow({ where: { key: "economics-2-4-02-sl" }, select: { id: true, stem: true, markbands: true } });
    essay = { id: row.id, stem: row.stem, markbands: row.markbands as MarkbandCriterion[] };
    expect(essay.markbands).toHaveLength(1);
  });
  afterAll(async () => {
    await server?.close();
    await deleteTestUsers([userId]);
  });

  it("stores the suggested level and mark per criterion with the reason, asking with the markbands in the prompt", async () => {
    const { sessionId, attemptId } = await answer();
    // An invented criterion first: it is dropped, the real one kept.
    server.setMode({
      kind: "good",
      output: {
        criteria: [
          { criterion: "Z", level: 5, marks: 15, reason: "invented" },
          { criterion: "1", level: 3, marks: 8, reason: "Theory is applied to one example, but the evaluation is a list." },
        ],
        summary: "Weigh your points against each other to reach level 4.",
      },
    });
    const sent = server.requests.length;

    expect(await generateWrittenFeedback({ attemptId }, { model })).toMatchObject({ outcome: "stored", feedback: { status: "ready" } });
    // The call's usage row, with the stand-in's reported tokens.
    expect(
      await db.$primary().aiUsage.findMany({ where: { userId }, select: { feature: true, inputTokens: true, outputTokens: true, outcome: true } }),
    ).toEqual([{ feature: "written-feedback", inputTokens: 100, outputTokens: 50, outcome: "ok" }]);
    const stored = (await db.$primary().attempt.findUniqueOrThrow({ where: { id: attemptId } })).aiFeedback;
    expect(stored).toEqual({
      status: "ready",
      model: "stand-in-model",
      points: [],
      bands: [{ criterion: "1", level: 3, marks: 8, reason: "Theory is applied to one example, but the evaluation is a list." }],
      summary: "Weigh your points against each other to reach level 4.",
      generatedAt: expect.any(String),
    });

    expect(server.requests.length).toBe(sent + 1);
    const request = server.requests.at(-1)!;
    expect(request.response_format).toMatchObject({ type: "json_schema", json_schema: { name: "markband_feedback" } });
    const prompt = String(request.messages.find((m) => m.role === "user")?.content);
    for (const text of [essay.stem, ESSAY, "Level 5 (13–15 marks)", essay.markbands[0]!.levels[4]!.descriptor]) expect(prompt).toContain(text);

    // A suggestion only: the answer still waits for the student's own marking.
    const state = await getPracticeState(userId, sessionId, 0);
    expect(state.view?.answered).toMatchObject({
      status: "AWAITING_MARKING",
      marksAwarded: 0,
      aiFeedback: { status: "ready", bands: [{ level: 3, marks: 8 }] },
    });
  });

  it("refuses a placing the markbands contradict: a mark outside the level, a level that does not exist, a criterion left out", async () => {
    for (const criteria of [[{ criterion: "1", level: 3, marks: 11, reason: "r" }], [{ criterion: "1", level: 7, marks: 15, reason: "r" }], []]) {
      const { attemptId } = await answer();
      server.setMode({ kind: "good", output: { criteria, summary: "s" } });
      expect(await generateWrittenFeedback({ attemptId }, { model })).toEqual({
        outcome: "stored",
        feedback: { status: "unavailable", reason: "invalid_output" },
      });
      expect((await db.$primary().attempt.findUniqueOrThrow({ where: { id: attemptId } })).status).toBe("AWAITING_MARKING");
    }
  });
});
