import { parseUnit } from "@/lib/marking/compare-units";
import { normalizeMathText } from "@/lib/marking/normalize-math-text";

export type ParsedNumber = {
  value: number;
  /** As typed; Infinity for an exact fraction ("15/28"). An integer's trailing zeros count ("300" is 3 s.f.). */
  significantFigures: number;
  /** A whole number's trailing zeros may or may not be significant: "870" is 2 or 3 s.f., "3.0e8" only 2. */
  fewestSignificantFigures: number;
  /** The place value of the last digit typed: 0.01 for "2.45", 100 for "3.2e3", 0 for a fraction. */
  resolution: number;
  /** The unit as typed after the number (normalized spelling), "" when there is none. */
  unit: string;
};

/**
 * Reads the number a student typed, in the forms students use: "2.45", "-3.1e4", "3.2×10^4", "3.2 x 10^4",
 * "3.2 \times 10^{4}", "15/28", "\frac{15}{28}", "1,250", "45 000", "2,5", with or without a unit
 * ("2.45 m/s", "2.45m s^-1", "$6666", "25 %"), optionally after "x =" and before "(3 s.f.)".
 *
 * Commas: a comma followed by exactly three digits in groups after a non-zero lead ("1,250", "12,345,678")
 * separates thousands; any other single comma is a decimal comma ("2,5", "0,250", "1,2345"), as students
 * from decimal-comma countries write it. So "1,250" is one thousand two hundred and fifty, never 1.25.
 * Returns null when the text holds no number, or more than a number and a unit ("2 or 3", "abc").
 */
export function parseNumericAnswer(input: string): ParsedNumber | null {
  if (input.length > 200) return null;
  let s = input.trim();
  // Two or more "$" delimit LaTeX ("$3.2 \times 10^4$"); a single one is a currency ("$6666").
  if ((s.match(/\$/g) ?? []).length >= 2) s = s.replace(/\$/g, " ");
  s = normalizeMathText(s)
    .replace(/[{}]/g, "")
    .replace(/\.\s*$/, "")
    .replace(SIG_FIG_NOTE, "")
    .replace(/\.\s*$/, "")
    .trim();
  const equals = Math.max(s.lastIndexOf("="), s.lastIndexOf("≈"));
  if (equals >= 0) s = s.slice(equals + 1).trim();
  s = s.replace(/^~\s*/, "");

  let sign = 1;
  let currency = "";
  for (let i = 0; i < 2; i++) {
    const lead = /^([-+]|[$€£¥])\s*/.exec(s);
    if (!lead?.[1]) break;
    if (lead[1] === "-") sign = -sign;
    else if (lead[1] !== "+") currency = lead[1];
    s = s.slice(lead[0].length);
  }

  const mantissa = readMantissa(s);
  if (!mantissa) return null;
  let rest = s.slice(mantissa.length);
  let exponent = 0;
  let fraction: number | null = null;
  const scientific = /^[eE]([-+]?\d+)(?![\d.])/.exec(rest) ?? /^\s*(?:[x×X*·]|\*\*)\s*10\s*(?:\^|\*\*)\s*\(?\s*([-+]?\d+)\s*\)?/.exec(rest);
  const power = mantissa.int === "10" && mantissa.frac === "" ? /^\s*\^\s*\(?\s*([-+]?\d+)\s*\)?/.exec(rest) : null;
  const over = /^\s*\/\s*(\d+(?:\.\d+)?)(?![\d.,])/.exec(rest);
  if (power?.[1]) {
    // "10^-4" on its own: one significant figure, like "1e-4".
    return finish({ int: "1", frac: "" }, Number(power[1]), sign, rest.slice(power[0].length), currency);
  } else if (scientific?.[1]) {
    exponent = Number(scientific[1]);
    rest = rest.slice(scientific[0].length);
  } else if (over?.[1]) {
    fraction = Number(over[1]);
    if (fraction === 0) return null;
    rest = rest.slice(over[0].length);
  }
  const parsed = finish(mantissa, exponent, sign, rest, currency);
  if (!parsed || fraction === null) return parsed;
  return { ...parsed, value: parsed.value / fraction, significantFigures: Infinity, fewestSignificantFigures: Infinity, resolution: 0 };
}

type Mantissa = { int: string; frac: string };

const SIG_FIG_NOTE = /\(?\s*(?:(?:correct\s+)?to\s+)?\d+\s*(?:s\.?\s*f\.?|d\.?\s*p\.?|sig\.?\s*figs?\.?|significant\s+figures?|decimal\s+places?)\s*\)?\s*$/i;

/** Digit groupings, tried in order; the last is a plain number with a decimal point or comma. */
const GROUPINGS: { pattern: RegExp; separator?: RegExp }[] = [
  { pattern: /^([1-9]\d{0,2}(?:,\d{3})+)(?:\.(\d+))?(?![\d,])/, separator: /,/g },
  { pattern: /^([1-9]\d{0,2}(?:\.\d{3})+),(\d+)(?![\d.,])/, separator: /\./g },
  { pattern: /^([1-9]\d{0,2}(?: \d{3})+)(?:[.,](\d+))?(?!\d)/, separator: / /g },
  { pattern: /^(\d*)(?:[.,](\d*))?/ },
];

function readMantissa(s: string): (Mantissa & { length: number }) | null {
  for (const { pattern, separator } of GROUPINGS) {
    const match = pattern.exec(s);
    if (!match) continue;
    const int = separator ? (match[1] ?? "").replace(separator, "") : (match[1] ?? "");
    const frac = match[2] ?? "";
    if (!int && !frac) return null;
    return { int, frac, length: match[0].length };
  }
  return null;
}

function finish(m: Mantissa, exponent: number, sign: number, rest: string, currency: string): ParsedNumber | null {
  const unitText = rest.trim();
  if (parseUnit(unitText) === null) return null;
  const value = sign * Number(`${m.int || "0"}.${m.frac || "0"}e${exponent}`);
  if (!Number.isFinite(value)) return null;
  const digits = `${m.int}${m.frac}`.replace(/^0+/, "");
  const significantFigures = Math.max(1, digits.length);
  return {
    value,
    significantFigures,
    fewestSignificantFigures: m.frac ? significantFigures : Math.max(1, digits.replace(/0+$/, "").length),
    resolution: 10 ** (exponent - m.frac.length),
    unit: [currency, unitText].filter(Boolean).join(" "),
  };
}
