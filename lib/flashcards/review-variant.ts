import { NotFoundError } from "@/lib/errors";
import type { MistakeContent } from "@/lib/flashcards/queue-item";
import { familyGenerator, generateVariant, reviewVariantSeed } from "@/lib/questions/generated-variant";

/**
 * A mistake card on a generated question reviews a fresh variant rather than the numbers the student
 * already saw: the seed comes from the card and its review count, so a reload shows the same variant and
 * the next review another. The answer, markscheme and solution on the back are the variant's own. Any
 * other card, or a generator that cannot make the variant, keeps the stored question.
 */
export function withReviewVariant(cardStateId: string, reps: number, source: unknown, stored: MistakeContent): MistakeContent {
  const family = familyGenerator({ type: stored.type, source });
  if (!family) return stored;
  const seed = reviewVariantSeed(cardStateId, reps, family.seed);
  try {
    const variant = generateVariant({ type: stored.type, source }, seed);
    return {
      ...stored,
      stem: variant.stem,
      options: variant.type === "MCQ" ? variant.options : null,
      correctOptionId: variant.type === "MCQ" ? variant.correctOptionId : null,
      numericAnswer: variant.type === "NUMERIC" ? variant.numericAnswer : null,
      workedSolution: variant.workedSolution,
      markingPoints: variant.markscheme.map((p) => ({ label: p.id, kind: p.kind, marks: p.marks, text: p.text })),
      variantSeed: seed,
    };
  } catch (err) {
    if (err instanceof NotFoundError) return stored;
    throw err;
  }
}
