import { numericQuestion, type QuestionParts } from "./build-question";
import { clean, roundDp } from "./latex-format";
import type { GeneratedQuestion, GeneratorCheck, QuestionGenerator } from "./question-generator";

type GeneratorInfo = Pick<QuestionGenerator, "id" | "topicCode" | "levels">;

/** Maths AI allows a GDC on every paper, Paper 1 included (build-question assumes the AA convention). */
export function gdcNumericQuestion(
  gen: GeneratorInfo,
  seed: number,
  parts: QuestionParts,
  check: Extract<GeneratorCheck, { expected: number }>,
  unit?: string,
): GeneratedQuestion {
  return { ...numericQuestion(gen, seed, parts, check, unit), calculator: true };
}

/** Currencies whose smallest unit is a hundredth, with the word for the whole unit ("nearest dollar"). */
export const currencies = [
  { code: "USD", unit: "dollar" },
  { code: "EUR", unit: "euro" },
  { code: "GBP", unit: "pound" },
  { code: "AUD", unit: "dollar" },
  { code: "CAD", unit: "dollar" },
] as const;
export type Currency = (typeof currencies)[number];

/** Digits in groups of three, separated by `separator`, from 10 000 up (1500 stays as it is). */
function grouped(x: number, dp: number, separator: string): string {
  const [whole, fraction] = Math.abs(x).toFixed(dp).split(".") as [string, string | undefined];
  const digits = whole.length > 4 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator) : whole;
  return `${x < 0 ? "-" : ""}${digits}${fraction === undefined ? "" : `.${fraction}`}`;
}

/**
 * An amount of money as plain text, outside LaTeX (where "$" would open maths): "USD 12 500.75".
 * Whole amounts print without cents unless `dp` says otherwise.
 */
export function money(x: number, currency: Currency, dp = Number.isInteger(clean(x)) ? 0 : 2): string {
  return `${currency.code} ${grouped(roundDp(x, dp), dp, " ")}`;
}

/** A number inside LaTeX with thin-space thousands groups: 12\,500.75. */
export function texGrouped(x: number, dp = 0): string {
  return grouped(roundDp(x, dp), dp, String.raw`\,`);
}

/** A worked-solution value inside LaTeX: at most `maxDp` decimal places, thousands grouped, never a × 10^n. */
export function texNumber(x: number, maxDp = 4): string {
  const v = roundDp(x, maxDp);
  return texGrouped(v, (String(v).split(".")[1] ?? "").length);
}

/** An amount of money inside LaTeX: whole amounts without cents, others to the cent (280.30, 11\,000). */
export function texMoney(x: number): string {
  return texGrouped(x, Number.isInteger(clean(x)) ? 0 : 2);
}

/** Plain digits for keywords, as a candidate would type them: 12500.75. */
export function plainDp(x: number, dp: number): string {
  return roundDp(x, dp).toFixed(dp);
}

/** A one-row data table in Markdown: a header cell, then the values. */
export function tableRow(cells: (string | number)[]): string {
  return `| ${cells.join(" | ")} |`;
}

/** A two-row Markdown table (header row, divider, one body row), as IB papers set out small data sets. */
export function markdownTable(header: (string | number)[], body: (string | number)[]): string {
  return [tableRow(header), tableRow(header.map(() => "---")), tableRow(body)].join("\n");
}

/** 1st, 2nd, 3rd, 11th, 60th ("immediately after the 60th payment"). */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}
