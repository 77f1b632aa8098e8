import { applyMarkingRules } from "@/lib/marking/apply-marking-rules";
import { compareUnits, unitScaleWords, type UnitComparison } from "@/lib/marking/compare-units";
import { expectedAnswerText } from "@/lib/marking/format-numeric-value";
import type { MarkableQuestion, MarkResult } from "@/lib/marking/marking-types";
import { parseNumericAnswer, type ParsedNumber } from "@/lib/marking/parse-numeric-answer";
import type { NumericAnswer } from "@/lib/questions/question-input";
import { followThroughValue } from "@/lib/questions/follow-through-value";

export const UNREADABLE_NUMBER = "We could not read a number in your answer.";

type Verdict = "correct" | "too-few-sig-figs" | "wrong";
type Reading = { value: number; resolution: number };
/** A mark lost by an answer whose value is right: a missing required unit, or the wrong significant figures. */
type Slip = "unit" | "sig-figs";

/**
 * Marks a numeric answer against `numericAnswer`.
 *
 * Accepted values: within `tolerance` (absolute) or `relativeTolerance` when either is set; otherwise the
 * values that round to the stored value at `sigFigs`, or the exact value (within 1e-9 relative).
 *
 * Significant figures: with `sigFigsExact` (the stem asks for them) an accepted value given to any other
 * number of significant figures loses one mark, as an IB markscheme deducts it ("0.12" for 0.120 mol).
 * Without it, an accepted value earns full marks whatever its precision, with a reminder when it has
 * fewer figures than `sigFigs`. Either way, a value given to exactly one significant figure fewer, which
 * is right only once the tolerance is widened by half a unit of its last digit (the answer rounded too
 * early, "46" for 45.5 at 3 s.f.), loses one mark.
 *
 * Units: a unit of another quantity ("kg" for m s⁻¹) makes the answer wrong, whatever the number. A
 * spelling of the expected unit ("m/s" for "m s⁻¹") is the same unit; one of the same quantity ("250 ns"
 * for μs, "€450 000" for € thousand, "3000 km/s" for m s⁻¹) is converted first, and the converted value is
 * what is marked. No unit: the number is read in the expected unit, and with `unitRequired` one mark is
 * lost; a number without a unit that is the full amount of a scaled unit ("450000" for € thousand) counts.
 *
 * Points: a correct answer awards every point, in markscheme order and under the IB rules; each mark lost
 * takes the last A point still awarded; a wrong answer none (the markscheme and worked solution show the
 * method).
 */
export function markNumeric(question: MarkableQuestion, typed: string, earlier: EarlierAnswers = new Map()): MarkResult {
  const stored = question.numericAnswer;
  if (!stored) throw new Error("A numeric question has no numericAnswer.");
  const parsed = parseNumericAnswer(typed);
  const expectedUnit = stored.unit?.trim() ?? "";
  const units: UnitComparison = parsed?.unit && expectedUnit ? compareUnits(expectedUnit, parsed.unit) : { kind: "same" };
  const wrongUnit = units.kind === "different";
  const judged = (answer: NumericAnswer): Verdict => (parsed && !wrongUnit ? judge(readings(parsed, units, expectedUnit), parsed, answer) : "wrong");
  // Follow-through: an answer that is wrong, but right for the student's own earlier values, earns the marks.
  const followed = stored.followThrough && judged(stored) === "wrong" ? followThroughAnswer(stored, earlier) : null;
  const answer = followed && judged(followed) !== "wrong" ? followed : stored;
  const verdict = judged(answer);
  const slips: Slip[] = verdict === "wrong" || !parsed ? [] : slipsOf(parsed, answer, verdict);
  const lost = verdict === "wrong" ? question.marks : Math.min(question.marks, slips.length);

  const awarded = verdict === "wrong" ? [] : withoutLastAccuracyPoints(question, lost);
  const ruled = applyMarkingRules(question.markingPoints, awarded, question.marks);
  const marksAwarded = Math.max(0, question.marks - lost);
  const feedback = !parsed
    ? UNREADABLE_NUMBER
    : wrongUnit
      ? wrongUnitFeedback(parsed.unit, answer)
      : answer !== stored
        ? followThroughFeedback(stored, lost)
        : feedbackFor(verdict, parsed, answer, slips, lost);
  return { status: "MARKED", marksAwarded, maxMarks: question.marks, pointAwards: ruled.pointAwards, markedBy: "AUTO", feedback };
}

/** A part's earlier parts' answers as the student typed them, by label ("a", "b(ii)"). */
export type EarlierAnswers = ReadonlyMap<string, string>;

/** The answer this part would have from the student's own earlier values, when they all can be read. */
function followThroughAnswer(stored: NumericAnswer, earlier: EarlierAnswers): NumericAnswer | null {
  const values = new Map<string, number>();
  for (const label of stored.followThrough!.from) {
    const typed = earlier.get(label);
    const value = typed === undefined ? undefined : parseNumericAnswer(typed)?.value;
    if (value !== undefined) values.set(label, value);
  }
  const value = followThroughValue(stored.followThrough!, values);
  return value === null || value === stored.value ? null : { ...stored, value };
}

function followThroughFeedback(stored: NumericAnswer, lost: number): string {
  const parts = stored.followThrough!.from.map((label) => `(${label})`).join(" and ");
  const marks = lost ? ` (${lost === 1 ? "one mark" : `${lost} marks`} lost for how it is given)` : "";
  return `Follow-through: your answer is not ${expectedAnswerText(stored)}, but it is right for your answer to ${parts}, so it earns the marks${marks}. Check ${parts} against the markscheme.`;
}

/** The values the student may have meant, in the expected unit, best first. */
function readings(parsed: ParsedNumber, units: UnitComparison, expectedUnit: string): Reading[] {
  const typed = { value: parsed.value, resolution: parsed.resolution };
  // "45.5 km" where the answer is 45.5 m is 45 500 m: a wrong prefix is a wrong value, as in an exam.
  if (units.kind === "scaled") return [{ value: parsed.value * units.factor, resolution: parsed.resolution * units.factor }];
  const scale = parsed.unit ? 1 : unitScaleWords(expectedUnit);
  // "450000" with no unit where the answer is 450 (€ thousand): the student wrote the full amount.
  return scale === 1 ? [typed] : [typed, { value: parsed.value / scale, resolution: parsed.resolution / scale }];
}

function slipsOf(parsed: ParsedNumber, answer: NumericAnswer, verdict: Verdict): Slip[] {
  const slips: Slip[] = [];
  if (answer.unitRequired && !parsed.unit) slips.push("unit");
  const figures = answer.sigFigs ?? 0;
  const wrongFigures = answer.sigFigsExact && (figures < parsed.fewestSignificantFigures || figures > parsed.significantFigures);
  // An answer rounded too early loses its mark for the precision once, flag or not.
  if (wrongFigures || verdict === "too-few-sig-figs") slips.push("sig-figs");
  return slips;
}

function judge(candidates: Reading[], parsed: ParsedNumber, answer: NumericAnswer): Verdict {
  if (candidates.some((c) => isAccepted(c.value, answer))) return "correct";
  const oneFewer = answer.sigFigs !== undefined && parsed.significantFigures === answer.sigFigs - 1;
  return oneFewer && candidates.some((c) => isAccepted(c.value, answer, c.resolution / 2)) ? "too-few-sig-figs" : "wrong";
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

/** Every point but the last `lost` scoring ones, A points first (the accuracy marks an IB markscheme deducts). */
function withoutLastAccuracyPoints(question: MarkableQuestion, lost: number): string[] {
  const scoring = question.markingPoints.filter((p) => p.kind !== "AG" && p.marks > 0);
  const order = [...scoring.filter((p) => p.kind === "A").reverse(), ...scoring.filter((p) => p.kind !== "A").reverse()];
  const dropped = new Set(order.slice(0, lost));
  return question.markingPoints.filter((p) => !dropped.has(p)).map((p) => p.id);
}

function wrongUnitFeedback(unit: string, answer: NumericAnswer): string {
  return `Not quite: ${unit} is not a unit of the quantity asked for, so the answer cannot be right. The answer is ${expectedAnswerText(answer)}.`;
}

function feedbackFor(verdict: Verdict, parsed: ParsedNumber, answer: NumericAnswer, slips: Slip[], lost: number): string {
  const sigFigs = answer.sigFigs;
  if (verdict === "wrong") return `Not quite: the answer is ${expectedAnswerText(answer)}. Compare your working with the markscheme.`;
  const given = parsed.significantFigures;
  if (slips.length) {
    const givenText = Number.isFinite(given) ? String(given) : "an exact value";
    const reasons = slips.map((slip) =>
      slip === "unit" ? `the answer needs its unit (${answer.unit?.trim()})` : `the final answer needs ${plural(sigFigs ?? 0)} (you gave ${givenText})`,
    );
    const value = verdict === "correct" ? "your value is right" : "your value rounds correctly";
    const cost = lost === 1 ? "the last mark is lost" : `${lost} marks are lost`;
    return `Nearly: ${value}, but ${reasons.join(" and ")}, so ${cost}. The answer is ${expectedAnswerText(answer)}.`;
  }
  if (!sigFigs) return "Correct.";
  if (given < sigFigs) return `Correct, but give the final answer to ${plural(sigFigs)} (you gave ${given}).`;
  // More figures than asked are fine unless the question states them; "Correct to n s.f." only when literally true.
  return given === sigFigs ? `Correct to ${plural(sigFigs)}.` : "Correct.";
}

function plural(sigFigs: number): string {
  return sigFigs === 1 ? "1 significant figure" : `${sigFigs} significant figures`;
}
