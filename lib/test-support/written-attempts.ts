import { recordAttempts } from "@/lib/attempts/record-attempts";
import { loadQuestionsForAnswering } from "@/lib/attempts/load-questions-for-answering";
import { markAnswer } from "@/lib/marking/mark-answer";

/** `texts.length` written answers to one question, recorded AWAITING_MARKING in one call (the real write path). */
export async function recordWrittenAttempts(userId: string, questionId: string, texts: string[]): Promise<string[]> {
  const [question] = await loadQuestionsForAnswering([questionId]);
  if (!question || question.type !== "WRITTEN") throw new Error(`recordWrittenAttempts: ${questionId} is not a written question`);
  return recordAttempts(
    userId,
    texts.map((text) => {
      const answer = { type: "WRITTEN" as const, text };
      return { question, answer, result: markAnswer(question, answer), timeSpentMs: 1_000 };
    }),
  );
}
