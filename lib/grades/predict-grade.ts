import { gradeFromBoundaries, type GradeBoundaryInput } from "@/lib/grades/grade-from-boundaries";

/** A marked attempt; `questionId` and `topicId` tell repeats and topic coverage apart. */
export type GradeSample = { marksAwarded: number; maxMarks: number; at: Date; questionId: string; topicId: string };
export type GradePrediction = {
  grade: number;
  /** The grade at the low end of the confidence range. */
  low: number;
  /** The grade at the high end of the confidence range. */
  high: number;
  /** Recency-weighted share of marks, 0–100, one decimal. */
  percent: number;
  /** Marked attempts the prediction rests on, repeats included. */
  basis: number;
  /** Different questions among them: the evidence that counts. */
  questions: number;
  /** Syllabus topics those questions cover, of the course's `topicsTotal`. */
  topicsCovered: number;
  topicsTotal: number;
};

/** Below this many different questions a prediction says more about luck than about the student. */
export const MIN_QUESTIONS_FOR_PREDICTION = 5;
/** An attempt a month old counts half as much as one made today: the student is improving. */
export const PREDICTION_HALF_LIFE_DAYS = 30;
/**
 * What each answer to a question after the first adds to its weight, up to REPEAT_WEIGHT_CAP in all:
 * answering one question thirteen times shows it is learnt, not that the whole course is.
 */
export const REPEAT_WEIGHT = 0.25;
const REPEAT_WEIGHT_CAP = 2;
/** ±1.28 standard errors: an 80% range, narrow enough to be useful, wide enough to be honest. */
const RANGE_Z = 1.28;
/**
 * The least spread one question's score is assumed to have (as a variance of 0–1 scores: 15 percentage
 * points). Without it five identical scores would claim certainty; question difficulty alone varies
 * scores by about this much.
 */
const MIN_SCORE_VARIANCE = 0.15 ** 2;
/**
 * How far a student's share of marks on one topic is assumed to stray from their course average (20
 * points). Topics never answered are unknown: the fewer topics the questions cover, the less the average
 * says about a paper that covers them all.
 */
const TOPIC_VARIANCE = 0.2 ** 2;
const DAY_MS = 86_400_000;

type QuestionEvidence = { score: number; weight: number; topicId: string };

/** Different questions still to answer before a prediction is made (0 once there are enough). */
export function questionsNeededForPrediction(samples: Pick<GradeSample, "maxMarks" | "questionId">[]): number {
  const distinct = new Set(samples.filter((s) => s.maxMarks > 0).map((s) => s.questionId)).size;
  return Math.max(0, MIN_QUESTIONS_FOR_PREDICTION - distinct);
}

/**
 * A predicted IB grade from a student's marked attempts, or null ("not enough evidence yet") with fewer
 * than MIN_QUESTIONS_FOR_PREDICTION different questions.
 *
 * Evidence is counted per question, not per attempt: a question's score is its attempts' average, recent
 * ones counting most (half-life PREDICTION_HALF_LIFE_DAYS), and its weight is its marks times the recency
 * of its latest attempt, raised a little by repeats (REPEAT_WEIGHT). The percentage is the weighted share
 * of marks over questions, so a 6-mark question counts more than a 1-mark one and last week more than last
 * term.
 *
 * The range has two sources of doubt, added as variances: the standard error of the per-question scores
 * over the effective number of questions (few questions, or scores all over the place, widen it), and
 * the topics not yet covered: TOPIC_VARIANCE / covered × (1 − covered / topicsTotal), which vanishes once
 * every topic has been answered. `boundaries` are one session's (the course's most recent); there must be
 * at least one. `topicsTotal` is the number of syllabus topics of the course.
 */
export function predictGrade(samples: GradeSample[], boundaries: GradeBoundaryInput[], now: Date, topicsTotal: number): GradePrediction | null {
  const usable = samples.filter((s) => s.maxMarks > 0);
  const questions = evidencePerQuestion(usable, now);
  if (questions.length < MIN_QUESTIONS_FOR_PREDICTION) return null;

  const totalWeight = questions.reduce((sum, q) => sum + q.weight, 0);
  const mean = questions.reduce((sum, q) => sum + q.weight * q.score, 0) / totalWeight;
  // Kish's effective sample size: ten questions of which one dominates the weights are worth about one.
  const effectiveN = totalWeight ** 2 / questions.reduce((sum, q) => sum + q.weight ** 2, 0);
  const spread = questions.reduce((sum, q) => sum + q.weight * (q.score - mean) ** 2, 0) / totalWeight;
  const unbiased = effectiveN > 1 ? (spread * effectiveN) / (effectiveN - 1) : spread;
  const scoreVariance = Math.max(unbiased, MIN_SCORE_VARIANCE) / effectiveN;

  const covered = new Set(questions.map((q) => q.topicId)).size;
  const total = Math.max(topicsTotal, covered);
  const coverageVariance = (TOPIC_VARIANCE / covered) * (1 - covered / total);

  const percent = mean * 100;
  const margin = RANGE_Z * Math.sqrt(scoreVariance + coverageVariance) * 100;
  return {
    grade: gradeFromBoundaries(percent, boundaries),
    low: gradeFromBoundaries(percent - margin, boundaries),
    high: gradeFromBoundaries(percent + margin, boundaries),
    percent: Math.round(percent * 10) / 10,
    basis: usable.length,
    questions: questions.length,
    topicsCovered: covered,
    topicsTotal: total,
  };
}

function evidencePerQuestion(samples: GradeSample[], now: Date): QuestionEvidence[] {
  const byQuestion = new Map<string, GradeSample[]>();
  for (const s of samples) byQuestion.set(s.questionId, [...(byQuestion.get(s.questionId) ?? []), s]);
  return [...byQuestion.values()].map((attempts) => {
    const weighed = attempts.map((s) => ({
      s,
      recency: 0.5 ** (Math.max(0, (now.getTime() - s.at.getTime()) / DAY_MS) / PREDICTION_HALF_LIFE_DAYS),
      score: Math.min(1, Math.max(0, s.marksAwarded / s.maxMarks)),
    }));
    const latest = weighed.reduce((a, b) => (b.s.at > a.s.at ? b : a));
    const recencyTotal = weighed.reduce((sum, w) => sum + w.recency, 0);
    const score = weighed.reduce((sum, w) => sum + w.recency * w.score, 0) / recencyTotal;
    const repeats = Math.min(REPEAT_WEIGHT_CAP, 1 + REPEAT_WEIGHT * (attempts.length - 1));
    return { score, weight: latest.s.maxMarks * latest.recency * repeats, topicId: latest.s.topicId };
  });
}
