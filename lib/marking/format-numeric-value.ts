import type { NumericAnswer } from "@/lib/questions/question-input";

const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/**
 * The correct answer of a numeric question as the question expects it written: to its significant
 * figures, in scientific notation when plain digits would hide them, with its unit ("3.0 × 10⁶ m s⁻¹",
 * "0.120 mol"). The one way an expected answer is shown (feedback, results, flashcards, previews).
 */
export function expectedAnswerText(answer: Pick<NumericAnswer, "value" | "sigFigs" | "unit">): string {
  return formatNumericValue(answer.value, answer.sigFigs, answer.unit);
}

/**
 * A stored answer as a student would write it in plain text (feedback is a sentence, not LaTeX):
 * 45.5 → "45.5 m", 3000000 at 2 s.f. → "3.0 × 10⁶ m s⁻¹", 4.8e-14 → "4.8 × 10⁻¹⁴ N", 6666 "$" → "$6666".
 */
export function formatNumericValue(value: number, sigFigs?: number, unit?: string): string {
  return withUnit(formatNumber(value, sigFigs), unit?.trim() ?? "");
}

function formatNumber(value: number, sigFigs?: number): string {
  const abs = Math.abs(value);
  const plainRange = abs === 0 || (abs >= 1e-4 && abs < 1e6);
  let text = sigFigs ? value.toPrecision(sigFigs) : String(value);
  // toPrecision switches to exponent form once the significant figures run out ("2.45e+3" for 2450 at 3 s.f.);
  // in the everyday range the plain number says the same.
  if (plainRange && /e/.test(text)) text = String(Number(text));
  // 2370 at 3 s.f. written out could be 4 s.f.: a whole number of four or more digits whose last zeros
  // are not significant is given in scientific notation, which says how many figures count (2.37 × 10³).
  const integerDigits = /^-?(\d+)$/.exec(text)?.[1]?.length ?? 0;
  if (sigFigs && abs >= 1e3 && integerDigits > sigFigs) text = value.toExponential(sigFigs - 1);
  else if (!plainRange && !/e/.test(text)) text = sigFigs ? value.toExponential(sigFigs - 1) : value.toExponential();
  const match = /^(-?[\d.]+)e([-+]\d+)$/.exec(text);
  if (!match?.[1] || !match[2]) return text;
  const exponent = Number(match[2]);
  const superscript = [...String(Math.abs(exponent))].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join("");
  return `${match[1]} × 10${exponent < 0 ? "⁻" : ""}${superscript}`;
}

function withUnit(number: string, unit: string): string {
  if (!unit) return number;
  if (unit === "%" || unit === "°") return `${number}${unit}`;
  // "$6666", "€450 thousand": a currency goes in front, as it is written.
  const currency = /^([$€£¥])\s*(.*)$/.exec(unit);
  if (currency?.[1]) return `${currency[1]}${number}${currency[2] ? ` ${currency[2]}` : ""}`;
  return `${number} ${unit}`;
}
