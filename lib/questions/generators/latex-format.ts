import type { PowerTerm, Rounding } from "./question-generator";

/** Rounds to `sf` significant figures the way a calculator display would (toPrecision is correctly rounded). */
export function roundSig(x: number, sf: number): number {
  return x === 0 ? 0 : Number(x.toPrecision(sf));
}

export function roundDp(x: number, dp: number): number {
  const f = 10 ** dp;
  return Number((Math.round(x * f) / f).toFixed(dp));
}

export function applyRounding(x: number, rounding: Rounding): number {
  if (rounding.mode === "sigFigs") return roundSig(x, rounding.digits);
  if (rounding.mode === "decimalPlaces") return roundDp(x, rounding.digits);
  return x;
}

/** Strips floating-point noise (0.1 + 0.2) from a value that is exact in decimal. */
export function clean(x: number): number {
  return Number(x.toPrecision(12));
}

function splitSci(x: number, sf: number): { mantissa: string; exponent: number } {
  const [m, e] = x.toExponential(sf - 1).split("e");
  return { mantissa: m as string, exponent: Number(e) };
}

/** A given value in LaTeX: plain for everyday magnitudes, a × 10^n for very large or small ones. */
export function num(x: number): string {
  const v = clean(x);
  const a = Math.abs(v);
  if (v !== 0 && (a >= 1e5 || a < 1e-3)) {
    const sf = Math.max(1, String(Number(v.toExponential(11).split("e")[0])).replace(/[-.]/g, "").length);
    const { mantissa, exponent } = splitSci(v, sf);
    return String.raw`${mantissa} \times 10^{${exponent}}`;
  }
  return String(v);
}

/** A value shown to exactly `sf` significant figures (trailing zeros kept), in LaTeX. */
export function sig(x: number, sf: number): string {
  const a = Math.abs(x);
  if (x !== 0 && (a >= 1e6 || a < 1e-3)) {
    const { mantissa, exponent } = splitSci(x, sf);
    return String.raw`${mantissa} \times 10^{${exponent}}`;
  }
  const s = x.toPrecision(sf);
  return s.includes("e") ? String(Number(s)) : s;
}

/** What a candidate would type for the answer: the digits of `sig` without LaTeX, for keywords. */
export function sigPlain(x: number, sf: number): string {
  return sig(x, sf).split(" ")[0] as string;
}

/** "+ 3" / "- 3" for building expressions term by term. */
function signed(text: string, first: boolean, negative: boolean): string {
  if (first) return negative ? `-${text}` : text;
  return negative ? ` - ${text}` : ` + ${text}`;
}

/** c·x^p in LaTeX; negative powers as fractions when `fractions` (how a stem would show them). */
function term(coefficient: number, power: number, variable: string, fractions: boolean): string {
  const c = Math.abs(coefficient);
  if (power === 0) return num(c);
  if (power < 0 && fractions) {
    const den = power === -1 ? variable : `${variable}^{${-power}}`;
    return String.raw`\frac{${num(c)}}{${den}}`;
  }
  const coef = c === 1 ? "" : num(c);
  return power === 1 ? `${coef}${variable}` : `${coef}${variable}^{${power}}`;
}

/** Sum of power terms, highest power first, zero terms dropped. */
export function latexTerms(terms: PowerTerm[], variable = "x", fractions = true): string {
  const sorted = terms.filter((t) => t.coefficient !== 0).sort((a, b) => b.power - a.power);
  if (sorted.length === 0) return "0";
  return sorted.map((t, i) => signed(term(t.coefficient, t.power, variable, fractions), i === 0, t.coefficient < 0)).join("");
}

/** Polynomial from coefficients[i] of x^i. */
export function latexPolynomial(coefficients: number[], variable = "x"): string {
  return latexTerms(
    coefficients.map((coefficient, power) => ({ coefficient, power })),
    variable,
  );
}

/** Wraps a negative number in brackets for substitution lines: 3(-2)^2. */
export function paren(x: number): string {
  return x < 0 ? `(${num(x)})` : num(x);
}

/** "x + 3", "x - 3" or "x". */
export function xPlus(p: number, variable = "x"): string {
  return p === 0 ? variable : p > 0 ? `${variable} + ${num(p)}` : `${variable} - ${num(-p)}`;
}

/** One term as a candidate would type it ("12x^3", "-4x^-3"), for keywords. */
export function plainTerm(t: PowerTerm): string {
  if (t.power === 0) return String(clean(t.coefficient));
  const c = t.coefficient === 1 ? "" : t.coefficient === -1 ? "-" : String(clean(t.coefficient));
  return t.power === 1 ? `${c}x` : `${c}x^${t.power}`;
}

/** A quantity with an upright unit: qty(3.5, String.raw`m\,s^{-1}`) → 3.5\,\mathrm{m\,s^{-1}}. Use inside $...$. */
export function qty(value: number | string, unit: string): string {
  return String.raw`${typeof value === "number" ? num(value) : value}\,\mathrm{${unit}}`;
}

/** Common units in LaTeX (for qty) and plain text (for numericAnswer.unit). */
export const units = {
  speed: { tex: String.raw`m\,s^{-1}`, plain: "m s^-1" },
  acceleration: { tex: String.raw`m\,s^{-2}`, plain: "m s^-2" },
} as const;
