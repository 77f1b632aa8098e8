import { applyMarkingRules } from "@/lib/marking/apply-marking-rules";
import { compareUnits, unitScaleWords, type UnitComparison } from "@/lib/marking/compare-units";
import { formatNumericValue } from "@/lib/marking/format-numeric-value";
import type { MarkableQuestion, MarkResult } from "@/lib/marking/marking-types";
import { parseNumericAnswer, type ParsedNumber } from "@/lib/marking/parse-numeric-answer";
import type { NumericAnswer } from "@/lib/questions/question-input";

export const UNREADABLE_NUMBER = "We could not read a number in your answer.";

type Verdict = "correct" | "too-few-sig-figs" | "wrong";
type Reading = { value: number; resolution: number; wrongUnit: boolean };

/**
 * Marks a numeric answer against `numericAnswer`.
 *
 * Accepted values: within `tolerance` (absolute) or `relativeTolerance` when either is set; otherwise the
 * values that round to the stored value at `sigFigs`, or the exact value (within 1e-9 relative).
 *
 * Significant figures (set `sigFigs` only when the stem asks for them): an accepted value earns full
 * marks whatever its precision, with a reminder when it has fewer significant figures than asked. A
 * value given to exactly one significant figure fewer, which is right once the tolerance is widened by
 * half a unit of its last digit (the correct answer rounded too early, "46" for 45.5 at 3 s.f.), earns all
 * but one mark: the final A mark, as IB markschemes deduct for the wrong precision.
 *
 * Units never cost marks (IB maths does not penalise them and physics only sometimes). A unit that is
 * the expected one in another spelling ("m/s" for "m s⁻¹") is ignored; a unit that converts ("250 ns" for
 * μs, "€450 000" for € thousand) is converted first; any other unit gets a note with the expected unit.
 *
 * Points: a correct answer awards every point, in markscheme order and under the IB rules; a correct
 * answer to too few significant figures all but the last A point; a wrong answer none (the markscheme
 * and worked solution show the method).
 */
export function markNumeric(question: MarkableQuestion, typed: string): MarkResult {
  const answer = question.numericAnswer;
  if (!answer) throw new Error("A numeric question has no numericAnswer.");
  const parsed = parseNumericAnswer(typed);
  const expectedUnit = answer.unit?.trim() ?? "";
  const units: UnitComparison = parsed?.unit && expectedUnit ? compareUnits(expectedUnit, parsed.unit) : { kind: "same" };
  const { verdict, reading } = parsed ? judge(readings(parsed, units, expectedUnit), parsed, answer) : { verdict: "wrong" as const, reading: null };

  const labels = question.markingPoints.map((p) => p.id);
  const awarded = verdict === "correct" ? labels : verdict === "too-few-sig-figs" ? withoutLastAccuracyPoint(question) : [];
  const ruled = applyMarkingRules(question.markingPoints, awarded, question.marks);
  const marksAwarded = verdict === "correct" ? question.marks : verdict === "too-few-sig-figs" ? Math.max(0, question.marks - 1) : 0;
  const unitNote = (reading ? reading.wrongUnit : units.kind !== "same") ? ` The expected unit is ${expectedUnit}.` : "";
  const feedback = parsed ? feedbackFor(verdict, parsed, answer) + unitNote : UNREADABLE_NUMBER;
  return { status: "MARKED", marksAwarded, maxMarks: question.marks, pointAwards: ruled.pointAwards, markedBy: "AUTO", feedback };
}

/** The values the student may have meant, in the expected unit, best first. */
function readings(parsed: ParsedNumber, units: UnitComparison, expectedUnit: string): Reading[] {
  const typed = { value: parsed.value, resolution: parsed.resolution, wrongUnit: units.kind !== "same" };
  if (units.kind === "scaled") {
    // The typed number is kept as a fallback: the right number with a wrong unit costs nothing either.
    return [{ value: parsed.value * units.factor, resolution: parsed.resolution * units.factor, wrongUnit: false }, typed];
  }
  const scale = parsed.unit ? 1 : unitScaleWords(expectedUnit);
  // "450000" with no unit where the answer is 450 (€ thousand): the student wrote the full amount.
  return scale === 1 ? [typed] : [typed, { value: parsed.value / scale, resolution: parsed.resolution / scale, wrongUnit: false }];
}

function judge(candidates: Reading[], parsed: ParsedNumber, answer: NumericAnswer): { verdict: Verdict; reading: Reading | null } {
  const exact = candidates.find((c) => isAccepted(c.value, answer));
  if (exact) return { verdict: "correct", reading: exact };
  const oneFewer = answer.sigFigs !== undefined && parsed.significantFigures === answer.sigFigs - 1;
  const rounded = oneFewer ? candidates.find((c) => isAccepted(c.value, answer, c.resolution / 2)) : undefined;
  return rounded ? { verdict: "too-few-sig-figs", reading: rounded } : { verdict: "wrong", reading: null };
}

function isAccepted(value: number, answer: NumericAnswer, slack = 0): boolean {
  const epsilon = 1e-9 * Math.max(Math.abs(value), Math.abs(answer.value));
  const difference = Math.abs(value - answer.value);
  if (difference <= epsilon + slack) return true;
  if (answer.tolerance !== undefined || answer.relativeTolerance !== undefined) {
    const allowed = Math.max(answer.tolerance ?? 0, (answer.relativeTolerance ?? 0) * Math.abs(answer.value));
    return difference <= allowed + slack + epsilon;
  }
  if (!answer.sigFigs) return false;
  const rounded = Number(answer.value.toPrecision(answer.sigFigs));
  return Math.abs(value - rounded) <= halfUnit(rounded, answer.sigFigs) + slack + epsilon;
}

/** Half a unit in the last significant place: 45.5 at 3 s.f. → 0.05. */
function halfUnit(value: number, sigFigs: number): number {
  const exponent = value === 0 ? 0 : Number(value.toExponential().split("e")[1]);
  return 0.5 * 10 ** (exponent - sigFigs + 1);
}

function withoutLastAccuracyPoint(question: MarkableQuestion): string[] {
  const scoring = question.markingPoints.filter((p) => p.kind !== "AG" && p.marks > 0);
  const last = scoring.findLast((p) => p.kind === "A") ?? scoring.at(-1);
  return question.markingPoints.filter((p) => p !== last).map((p) => p.id);
}

function feedbackFor(verdict: Verdict, parsed: ParsedNumber, answer: NumericAnswer): string {
  const sigFigs = answer.sigFigs;
  const expected = formatNumericValue(answer.value, sigFigs, answer.unit);
  if (verdict === "wrong") return `Not quite: the answer is ${expected}. Compare your working with the markscheme.`;
  if (!sigFigs) return "Correct.";
  const given = parsed.significantFigures;
  if (verdict === "too-few-sig-figs") {
    return `Nearly: your value rounds correctly, but the final answer needs ${plural(sigFigs)} (you gave ${given}), so the last mark is lost.`;
  }
  if (given < sigFigs) return `Correct, but give the final answer to ${plural(sigFigs)} (you gave ${given}).`;
  // More figures than asked are fine; "Correct to n s.f." is only said when it is literally true.
  return given === sigFigs ? `Correct to ${plural(sigFigs)}.` : "Correct.";
}

function plural(sigFigs: number): string {
  return sigFigs === 1 ? "1 significant figure" : `${sigFigs} significant figures`;
}
