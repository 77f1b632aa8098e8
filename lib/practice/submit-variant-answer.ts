import { BadRequestError, ConflictError, NotFoundError } from "@/lib/errors";
import type { AnswerInput, MarkResult } from "@/lib/marking/marking-types";
import { markAnswer } from "@/lib/marking/mark-answer";
import { recordAttempts } from "@/lib/attempts/record-attempts";
import { loadQuestionsForAnswering } from "@/lib/attempts/load-questions-for-answering";
import { variantQuestion } from "@/lib/attempts/variant-question";
import { answeredView, type AnsweredView } from "@/lib/practice/answered-view";
import { questionsInRunningMock } from "@/lib/mocks/questions-in-running-mock";

export type SubmittedVariant = { attemptId: string; seed: number; result: MarkResult; view: AnsweredView };

/**
 * "Try another like this": marks an answer to the variant `seed` of a published generated question by the
 * generator's own answer and records it through recordAttempts as an attempt of the family's stored
 * question with its variant seed, so marks, topic progress and the mistake queue count it like any other.
 * Not idempotent by design: each submit is another try, as a fresh practice set would be.
 */
export async function submitVariantAnswer(
  userId: string,
  questionId: string,
  seed: number,
  answer: AnswerInput,
  timeSpentMs: number,
): Promise<SubmittedVariant> {
  const [[family], inMock] = await Promise.all([loadQuestionsForAnswering([questionId]), questionsInRunningMock(userId, [questionId])]);
  if (!family) throw new NotFoundError("There is no such published question.");
  // 404 for a question that is not generated, before anything else is said about it.
  const question = variantQuestion(family, seed);
  if (inMock.size)
    throw new ConflictError("This question is in your mock paper that is still running: finish the paper first, then practise it.", "in_running_mock");
  if (answer.type !== question.type) throw new BadRequestError(`This is a ${question.type.toLowerCase()} question: send a ${question.type} answer.`);
  const result = markAnswer(question, answer);
  const [attemptId] = await recordAttempts(userId, [{ question, answer, result, timeSpentMs, variantSeed: seed }]);
  return { attemptId: attemptId!, seed, result, view: answeredView(question, { id: attemptId!, answer, ...result }, result) };
}
