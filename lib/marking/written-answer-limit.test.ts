import { describe, expect, it } from "vitest";
import { MAX_WRITTEN_ANSWER_LENGTH } from "@/lib/marking/written-answer-limit";
import { answerInput, draftAnswerInput } from "@/lib/practice/practice-input";

describe("the written answer limit", () => {
  it("is the one limit the practice answer and its draft are checked against", () => {
    const at = "x".repeat(MAX_WRITTEN_ANSWER_LENGTH);
    for (const schema of [answerInput, draftAnswerInput]) {
      expect(schema.safeParse({ type: "WRITTEN", text: at }).success).toBe(true);
      const over = schema.safeParse({ type: "WRITTEN", text: `${at}y` });
      expect(over.success).toBe(false);
      expect(over.error?.issues[0]?.message).toBe("Keep the answer to 10,000 characters or fewer.");
    }
  });
});
