import { BadRequestError } from "@/lib/errors";
import type { BandAward, MarkableQuestion, MarkResult } from "@/lib/marking/marking-types";
import { levelRange, type MarkbandCriterion } from "@/lib/questions/markbands-input";

const marksText = (n: number) => `${n} ${n === 1 ? "mark" : "marks"}`;

/** The markbands of a question marked by them, or null for every other question. */
export const markbandsOf = (question: Pick<MarkableQuestion, "type" | "markbands">): MarkbandCriterion[] | null =>
  question.type === "WRITTEN" && question.markbands?.length ? question.markbands : null;

/**
 * A markband answer as written waits for its marker: nothing is pre-judged (keywords say little about the
 * quality of an argument). A blank answer is below level 1 on every criterion, so it is marked at once.
 */
export function markAgainstBands(question: MarkableQuestion, criteria: MarkbandCriterion[], text: string): MarkResult {
  if (!text.trim()) {
    return {
      status: "MARKED",
      marksAwarded: 0,
      maxMarks: question.marks,
      pointAwards: [],
      bandAwards: criteria.map((c) => ({ criterion: c.id, level: 0, marks: 0 })),
      markedBy: "AUTO",
      feedback: "No answer was given, so there is nothing to mark yet.",
    };
  }
  return {
    status: "AWAITING_MARKING",
    marksAwarded: 0,
    maxMarks: question.marks,
    pointAwards: [],
    markedBy: null,
    feedback:
      criteria.length === 1
        ? "Read the markbands beside your answer: pick the level whose descriptor fits it best, then a mark inside that level."
        : `Read the markbands beside your answer: for each of the ${criteria.length} criteria pick the level whose descriptor fits it best, then a mark inside that level.`,
  };
}

/**
 * The marker's levels and marks, one per criterion, checked against the markbands (every criterion once,
 * a level that exists, a mark inside that level's range) and totalled. Refusals are 400s naming the problem.
 */
export function selfMarkBands(question: MarkableQuestion, criteria: MarkbandCriterion[], awards: BandAward[]): MarkResult {
  const byCriterion = new Map<string, BandAward>();
  for (const award of awards) {
    if (byCriterion.has(award.criterion)) throw new BadRequestError(`Criterion ${award.criterion} is marked twice.`);
    byCriterion.set(award.criterion, award);
  }
  const known = new Set(criteria.map((c) => c.id));
  const unknown = [...byCriterion.keys()].filter((id) => !known.has(id));
  if (unknown.length) throw new BadRequestError(`This question has no criterion ${unknown.map((id) => `"${id}"`).join(", ")}.`, { unknownCriteria: unknown });

  const bandAwards = criteria.map((criterion): BandAward => {
    const award = byCriterion.get(criterion.id);
    if (!award) throw new BadRequestError(`Choose a level for criterion ${criterion.id} (${criterion.title}).`);
    const range = levelRange(criterion, award.level);
    if (!range) throw new BadRequestError(`Criterion ${criterion.id} has no level ${award.level}: its levels run from 0 to ${criterion.levels.length}.`);
    if (award.marks < range.min || award.marks > range.max)
      throw new BadRequestError(
        `Level ${award.level} of criterion ${criterion.id} is worth ${range.min === range.max ? marksText(range.min) : `${range.min}–${range.max} marks`}, not ${award.marks}.`,
      );
    return { criterion: criterion.id, level: award.level, marks: award.marks };
  });
  const marksAwarded = bandAwards.reduce((sum, a) => sum + a.marks, 0);
  const placed = criteria.length === 1 ? `level ${bandAwards[0]!.level}` : bandAwards.map((a) => `${a.criterion} level ${a.level}`).join(", ");
  return {
    status: "MARKED",
    marksAwarded,
    maxMarks: question.marks,
    pointAwards: [],
    bandAwards,
    markedBy: "SELF",
    feedback:
      marksAwarded === question.marks
        ? `Full marks: ${question.marks} of ${question.marks} (${placed}).`
        : `You placed your answer at ${placed}: ${marksAwarded} of ${marksText(question.marks)}.`,
  };
}
