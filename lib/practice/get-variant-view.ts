import { db } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors";
import { loadQuestionsForAnswering, type AnswerableQuestion } from "@/lib/attempts/load-questions-for-answering";
import { variantQuestion } from "@/lib/attempts/variant-question";
import { familyGenerator, freshVariantSeed } from "@/lib/questions/generated-variant";
import { answeredView, type AnsweredView } from "@/lib/practice/answered-view";
import { practiceQuestionOf, type PracticeQuestion } from "@/lib/practice/practice-question";

export type VariantView = {
  /** The stored question the variant stands in for. */
  familyId: string;
  seed: number;
  /** What may be shown before answering (no answer, markscheme or solution). */
  question: PracticeQuestion;
  /** The student's answer to this variant, once submitted: the result and, now, the variant's answers. */
  answered: AnsweredView | null;
};

async function loadFamily(questionId: string): Promise<AnswerableQuestion> {
  const [family] = await loadQuestionsForAnswering([questionId]);
  if (!family) throw new NotFoundError("There is no such published question.");
  return family;
}

/** A fresh variant for a published generated question (404 for any other). */
export async function pickVariantSeed(questionId: string): Promise<number> {
  const family = familyGenerator(await loadFamily(questionId));
  if (!family) throw new NotFoundError("This question has no variants: only generated questions do.");
  return freshVariantSeed(family.seed);
}

/**
 * The variant page: the variant `seed` of a published generated question and, with `attemptId`, the
 * student's own answer to exactly that variant (read from the primary: it was usually just written).
 */
export async function getVariantView(userId: string, questionId: string, seed: number, attemptId?: string): Promise<VariantView> {
  const question = variantQuestion(await loadFamily(questionId), seed);
  const attempt = attemptId
    ? await db.$primary().attempt.findFirst({
        where: { id: attemptId, userId, questionId, variantSeed: seed },
        select: { id: true, answer: true, status: true, marksAwarded: true, maxMarks: true, markedBy: true, pointAwards: true, aiFeedback: true },
      })
    : null;
  return { familyId: questionId, seed, question: practiceQuestionOf(question), answered: attempt ? answeredView(question, attempt) : null };
}
