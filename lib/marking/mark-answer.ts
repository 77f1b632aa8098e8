import { applyMarkingRules } from "@/lib/marking/apply-marking-rules";
import { markMcq } from "@/lib/marking/mark-mcq";
import { markNumeric, type EarlierAnswers } from "@/lib/marking/mark-numeric";
import { markWritten } from "@/lib/marking/mark-written";
import type { AnswerInput, BandAward, MarkableQuestion, MarkResult } from "@/lib/marking/marking-types";
import { markAgainstBands, markbandsOf, selfMarkBands } from "@/lib/marking/mark-bands";
import { BadRequestError } from "@/lib/errors";

const EXPECTED_ANSWER = { MCQ: "a choice of option", NUMERIC: "a number", WRITTEN: "a written answer" } as const;

/**
 * Marks an answer, purely (no database, same result every time for the same question and answer, so
 * feedback can be recomputed later): MCQ and NUMERIC are MARKED by the marker (AUTO); WRITTEN is
 * AWAITING_MARKING with suggested points, until `selfMark`. `earlier`: a part's earlier parts' answers, for
 * follow-through marks.
 */
export function markAnswer(question: MarkableQuestion, answer: AnswerInput, earlier?: EarlierAnswers): MarkResult {
  if (answer.type !== question.type) throw new BadRequestError(`This question needs ${EXPECTED_ANSWER[question.type]}.`);
  switch (answer.type) {
    case "MCQ":
      return markMcq(question, answer.optionId);
    case "NUMERIC":
      return markNumeric(question, answer.value, earlier);
    case "WRITTEN": {
      const criteria = markbandsOf(question);
      return criteria ? markAgainstBands(question, criteria, answer.text) : markWritten(question, answer.text);
    }
  }
}

/** A marker's judgement of a written answer: the points it makes, or (markband questions) a level and mark per criterion. */
export type SelfMarks = { labels?: string[]; bands?: BandAward[] };

/**
 * A written answer marked by its marker. Against markbands: a level and a mark inside it per criterion
 * (mark-bands.ts). Against points: unknown labels are refused, then the IB rules apply (dependencies, AG
 * worth 0, the question's marks as a cap) and the feedback says what they changed.
 */
export function selfMark(question: MarkableQuestion, marks: SelfMarks): MarkResult {
  if (question.type !== "WRITTEN") throw new BadRequestError("Only written answers are marked by ticking points.");
  const criteria = markbandsOf(question);
  if (criteria) {
    if (!marks.bands?.length) throw new BadRequestError("This answer is marked against markbands: choose a level and a mark for each criterion.");
    return selfMarkBands(question, criteria, marks.bands);
  }
  if (marks.bands?.length) throw new BadRequestError("This answer is marked by ticking points, not against markbands.");
  const awardedLabels = marks.labels ?? [];
  const known = new Set(question.markingPoints.map((p) => p.id));
  const unknown = [...new Set(awardedLabels.filter((l) => !known.has(l)))];
  if (unknown.length) {
    throw new BadRequestError(`This question has no marking point ${unknown.map((l) => `"${l}"`).join(", ")}.`, { unknownLabels: unknown });
  }
  const ruled = applyMarkingRules(question.markingPoints, awardedLabels, question.marks);
  const notes = ruled.withheld.map((w) => `${w.label} needs ${w.missing.join(" and ")} first, so it does not count.`);
  if (ruled.capped) notes.push(`The question is worth ${question.marks} marks, so extra points add nothing.`);
  const summary =
    ruled.marksAwarded === question.marks
      ? `Full marks: ${question.marks} of ${question.marks}.`
      : `You gave yourself ${ruled.marksAwarded} of ${question.marks} marks.`;
  return {
    status: "MARKED",
    marksAwarded: ruled.marksAwarded,
    maxMarks: question.marks,
    pointAwards: ruled.pointAwards,
    markedBy: "SELF",
    feedback: [summary, ...notes].join(" "),
  };
}
