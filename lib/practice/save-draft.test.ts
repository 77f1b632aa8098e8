import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { createPracticeSession } from "@/lib/practice/create-practice-session";
import { getPracticeState } from "@/lib/practice/get-practice-state";
import { draftAnswerInput } from "@/lib/practice/practice-input";
import { MAX_WRITTEN_ANSWER_LENGTH as MAX_WRITTEN_LENGTH } from "@/lib/marking/written-answer-limit";
import { saveDraft } from "@/lib/practice/save-draft";
import { submitPracticeAnswer } from "@/lib/practice/submit-practice-answer";
import { countQueries } from "@/lib/db/query-counter";
import { publishedQuestions } from "@/lib/test-support/questions";
import { rejectionOf } from "@/lib/test-support/rejection";
import { createTestUser, deleteTestUsers } from "@/lib/test-support/users";

describe("saveDraft", () => {
  let userId: string;
  let otherId: string;
  let sessionId: string;
  let ids: string[];

  beforeAll(async () => {
    [userId, otherId] = [(await createTestUser()).id, (await createTestUser()).id];
    const [numeric, written] = [
      (await publishedQuestions("physics-sl", { type: "NUMERIC" }))[0]!,
      (await publishedQuestions("physics-sl", { type: "WRITTEN" }))[0]!,
    ];
    const mcq = (await publishedQuestions("physics-sl", { type: "MCQ" }))[0]!;
    ids = [numeric.id, written.id, mcq.id];
    sessionId = (await createPracticeSession(userId, { mode: "questions", questionIds: ids })).id;
  });
  afterAll(() => deleteTestUsers([userId, otherId]));

  it("saves with one statement and restores the draft with the question after a reload", async () => {
    const { queries } = await countQueries(() => saveDraft(userId, sessionId, ids[0]!, { type: "NUMERIC", value: "3.1" }));
    expect(queries).toBe(1);
    const state = await getPracticeState(userId, sessionId);
    expect(state.view).toMatchObject({ index: 0, draft: { type: "NUMERIC", value: "3.1" }, answered: null });
  });

  it("merges drafts of several questions and overwrites a question's older draft", async () => {
    await saveDraft(userId, sessionId, ids[1]!, { type: "WRITTEN", text: "first try" });
    await saveDraft(userId, sessionId, ids[1]!, { type: "WRITTEN", text: "second try" });
    await saveDraft(userId, sessionId, ids[0]!, { type: "NUMERIC", value: "3.14" });
    const row = await db.$primary().practiceSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(row.draftAnswers).toEqual({ [ids[0]!]: { type: "NUMERIC", value: "3.14" }, [ids[1]!]: { type: "WRITTEN", text: "second try" } });
  });

  it("refuses a question of another set, another user's set, and an answered question", async () => {
    const foreign = (await publishedQuestions("physics-sl", { type: "NUMERIC" }))[5]!.id;
    expect(await rejectionOf(saveDraft(userId, sessionId, foreign, { type: "NUMERIC", value: "1" }))).toMatchObject({ status: 400 });
    expect(await rejectionOf(saveDraft(otherId, sessionId, ids[0]!, { type: "NUMERIC", value: "1" }))).toMatchObject({ status: 404 });
    expect(await rejectionOf(saveDraft(userId, "00000000-0000-7000-8000-000000000000", ids[0]!, { type: "NUMERIC", value: "1" }))).toMatchObject({
      status: 404,
    });

    await submitPracticeAnswer(userId, sessionId, ids[0]!, { type: "NUMERIC", value: "3.14" }, 1000);
    const row = await db.$primary().practiceSession.findUniqueOrThrow({ where: { id: sessionId } });
    // Submitting cleared that question's draft and kept the others.
    expect(Object.keys(row.draftAnswers as object)).toEqual([ids[1]]);
    expect(await rejectionOf(saveDraft(userId, sessionId, ids[0]!, { type: "NUMERIC", value: "9" }))).toMatchObject({ status: 409, code: "already_answered" });
  });

  it("bounds a draft's size in the input schema", () => {
    expect(draftAnswerInput.safeParse({ type: "WRITTEN", text: "x".repeat(MAX_WRITTEN_LENGTH) }).success).toBe(true);
    expect(draftAnswerInput.safeParse({ type: "WRITTEN", text: "x".repeat(MAX_WRITTEN_LENGTH + 1) }).success).toBe(false);
    expect(draftAnswerInput.safeParse({ type: "NUMERIC", value: "1".repeat(101) }).success).toBe(false);
    expect(draftAnswerInput.safeParse({ type: "MCQ", optionId: "Z" }).success).toBe(false);
  });
});
