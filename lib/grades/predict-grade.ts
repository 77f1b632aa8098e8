import { gradeFromBoundaries, type GradeBoundaryInput } from "@/lib/grades/grade-from-boundaries";

export type GradeSample = { marksAwarded: number; maxMarks: number; at: Date };
export type GradePrediction = {
  grade: number;
  /** The grade at the low end of the confidence range. */
  low: number;
  /** The grade at the high end of the confidence range. */
  high: number;
  /** Recency-weighted share of marks, 0–100, one decimal. */
  percent: number;
  /** Attempts the prediction rests on. */
  basis: number;
};

/** Below this many marked attempts a prediction says more about luck than about the student. */
export const MIN_ATTEMPTS_FOR_PREDICTION = 5;
/** An attempt a month old counts half as much as one made today: the student is improving. */
export const PREDICTION_HALF_LIFE_DAYS = 30;
/** ±1.28 standard errors: an 80% range, narrow enough to be useful, wide enough to be honest. */
const RANGE_Z = 1.28;
/**
 * The least spread one attempt's score is assumed to have (as a variance of 0–1 scores: 15 percentage
 * points). Without it five identical scores would claim certainty; question difficulty alone varies
 * scores by about this much.
 */
const MIN_SCORE_VARIANCE = 0.15 ** 2;
const DAY_MS = 86_400_000;

/**
 * A predicted IB grade from a student's marked attempts, or null with fewer than
 * MIN_ATTEMPTS_FOR_PREDICTION ("answer a few more questions").
 *
 * The percentage is the share of marks, each attempt weighted by its marks and by recency (half-life
 * PREDICTION_HALF_LIFE_DAYS), so a 6-mark question counts more than a 1-mark one and last week more than
 * last term. The range comes from the weighted standard error of the per-attempt scores over the
 * effective number of attempts: few attempts, or scores all over the place, give a wide range.
 * `boundaries` are one session's (the course's most recent); there must be at least one.
 */
export function predictGrade(samples: GradeSample[], boundaries: GradeBoundaryInput[], now: Date): GradePrediction | null {
  const usable = samples.filter((s) => s.maxMarks > 0);
  if (usable.length < MIN_ATTEMPTS_FOR_PREDICTION) return null;

  const weighted = usable.map((s) => {
    const ageDays = Math.max(0, (now.getTime() - s.at.getTime()) / DAY_MS);
    const score = Math.min(1, Math.max(0, s.marksAwarded / s.maxMarks));
    return { score, weight: s.maxMarks * 0.5 ** (ageDays / PREDICTION_HALF_LIFE_DAYS) };
  });
  const totalWeight = weighted.reduce((sum, w) => sum + w.weight, 0);
  const mean = weighted.reduce((sum, w) => sum + w.weight * w.score, 0) / totalWeight;

  // Kish's effective sample size: ten attempts of which one dominates the weights are worth about one.
  const effectiveN = totalWeight ** 2 / weighted.reduce((sum, w) => sum + w.weight ** 2, 0);
  const spread = weighted.reduce((sum, w) => sum + w.weight * (w.score - mean) ** 2, 0) / totalWeight;
  const unbiased = effectiveN > 1 ? (spread * effectiveN) / (effectiveN - 1) : spread;
  const standardError = Math.sqrt(Math.max(unbiased, MIN_SCORE_VARIANCE) / effectiveN);

  const percent = mean * 100;
  const margin = RANGE_Z * standardError * 100;
  return {
    grade: gradeFromBoundaries(percent, boundaries),
    low: gradeFromBoundaries(percent - margin, boundaries),
    high: gradeFromBoundaries(percent + margin, boundaries),
    percent: Math.round(percent * 10) / 10,
    basis: usable.length,
  };
}
