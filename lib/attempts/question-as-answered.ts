import { ConflictError } from "@/lib/errors";
import { loadQuestionsForAnswering, type AnswerableQuestion } from "@/lib/attempts/load-questions-for-answering";
import { variantQuestion } from "@/lib/attempts/variant-question";

/**
 * The question an attempt answered, as its marker marks it: a variant's points are its generator's for
 * that seed, not the stored question's. A withdrawn question can no longer be marked (409).
 */
export async function questionAsAnswered(attempt: { questionId: string; variantSeed: number | null }): Promise<AnswerableQuestion> {
  const [family] = await loadQuestionsForAnswering([attempt.questionId]);
  const question = family && attempt.variantSeed !== null ? variantQuestion(family, attempt.variantSeed) : family;
  if (!question) throw new ConflictError("This question has been withdrawn, so the answer can no longer be marked.", "question_unavailable");
  return question;
}
