import { z } from "zod";

/**
 * Markbands (levels of response), the way the IB marks extended answers: one or more criteria (A–D for an
 * English Paper 1, one holistic scale for an economics 15-marker), each a ladder of levels. Level 0 is
 * implicit: 0 marks, the work does not reach the first descriptor. Level n (1-based) spans `min`–`max`
 * marks; the levels climb without gaps from 1 mark to the criterion's maximum.
 */
export const markbandLevelInput = z.object({
  min: z.number().int().min(1).max(30),
  max: z.number().int().min(1).max(30),
  /** Markdown: what an answer at this level does. */
  descriptor: z.string().min(1).max(2000),
});

export const markbandCriterionInput = z.object({
  /** "A", "B"… or "1" for a single holistic scale: unique within the question, stable (awards refer to it). */
  id: z.string().regex(/^[A-Za-z0-9]{1,4}$/),
  title: z.string().min(1).max(120),
  levels: z.array(markbandLevelInput).min(1).max(10),
});

export const markbandsInput = z.array(markbandCriterionInput).min(1).max(6);

export type MarkbandLevel = z.output<typeof markbandLevelInput>;
export type MarkbandCriterion = z.output<typeof markbandCriterionInput>;

/** A criterion's maximum: its top level's top mark. */
export const criterionMax = (criterion: MarkbandCriterion) => criterion.levels.at(-1)?.max ?? 0;

/** What all criteria together are worth: the question's marks when the markbands are right. */
export const markbandsTotal = (criteria: MarkbandCriterion[]) => criteria.reduce((sum, c) => sum + criterionMax(c), 0);

/** The mark range of level `level` of a criterion; level 0 is always exactly 0 marks. */
export function levelRange(criterion: MarkbandCriterion, level: number): { min: number; max: number } | null {
  if (level === 0) return { min: 0, max: 0 };
  const band = criterion.levels[level - 1];
  return band ? { min: band.min, max: band.max } : null;
}

/** Problems with the shape of one criterion's ladder, in words an author can act on; [] when it is sound. */
export function criterionProblems(criterion: MarkbandCriterion): string[] {
  const problems: string[] = [];
  let expectedMin = 1;
  criterion.levels.forEach((level, i) => {
    const name = `Criterion ${criterion.id} level ${i + 1}`;
    if (level.max < level.min) problems.push(`${name} ends (${level.max}) below where it starts (${level.min})`);
    if (level.min !== expectedMin)
      problems.push(`${name} should start at ${expectedMin} mark${expectedMin === 1 ? "" : "s"}: levels climb from 1 without gaps or overlaps`);
    expectedMin = level.max + 1;
  });
  return problems;
}
