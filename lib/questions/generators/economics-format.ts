import { roundDp, roundSig, sig } from "./latex-format";

/** A currency by its ISO code; `minor` is how many decimal places its prices are quoted to (JPY has none). */
export type Currency = { code: string; minor: 0 | 2 };

export const centCurrencies: readonly Currency[] = ["USD", "EUR", "GBP", "AUD", "CAD", "NZD", "SGD", "CHF"].map((code) => ({ code, minor: 2 }));

/** Digits with a thousands separator: "12,345.60" (plain text) or "12{,}345.60" (LaTeX, where a bare comma adds space). */
function grouped(x: number, dp: number, separator: string): string {
  const fixed = roundDp(Math.abs(x), dp).toFixed(dp);
  const [whole, fraction] = fixed.split(".") as [string, string | undefined];
  // Four-digit numbers stay ungrouped, as in IB papers ("1250", "12 500").
  const body = whole.length > 4 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator) : whole;
  const sign = x < 0 && Number(fixed) !== 0 ? "-" : "";
  return `${sign}${body}${fraction === undefined ? "" : `.${fraction}`}`;
}

/** Money as plain text outside LaTeX, where a bare "$" would open maths: "USD 1,250.50". */
export const money = (currency: Currency | string, x: number, dp = typeof currency === "string" ? 2 : currency.minor) =>
  `${typeof currency === "string" ? currency : currency.code} ${grouped(x, dp, ",")}`;

/** A number for plain text (a quantity in a stem): "12,500". */
export const plainNum = (x: number, dp = 0) => grouped(x, dp, ",");

/** A number inside LaTeX with grouped thousands: "12{,}500.25"; `dp` fixes the decimals shown. */
export const texNum = (x: number, dp?: number) => grouped(x, dp ?? decimalsOf(x), "{,}");

/** What a candidate would type: no separators ("12500.25"), for keywords. */
export const typed = (x: number, dp?: number) => roundDp(x, dp ?? decimalsOf(x)).toFixed(dp ?? decimalsOf(x));

/** Decimal places a value given in the stem needs (at most 6): 2.5 → 1, 1.08 → 2. */
function decimalsOf(x: number): number {
  for (let dp = 0; dp < 6; dp++) if (Math.abs(roundDp(x, dp) - x) < 1e-9) return dp;
  return 6;
}

/** "rise"/"fall" words for a signed change. */
export const direction = (change: number, up = "rise", down = "fall") => (change >= 0 ? up : down);

/** A percentage change in LaTeX with its sign: "+12.5\%" / "-8\%". */
export const texPercent = (x: number, dp?: number) => `${x >= 0 ? "+" : ""}${texNum(x, dp)}\\%`;

/** "= 12.5\%" when the percentage is exact to 2 decimal places, else "\approx 12.35\%" (4 s.f.), in LaTeX. */
export function eqPercent(x: number): string {
  const exact = Math.abs(roundDp(x, 2) - x) < 1e-9;
  return exact ? `= ${texNum(roundDp(x, 2))}\\%` : `\\approx ${sig(x, 4)}\\%`;
}

/** A working value in LaTeX: exact when it has at most `dp` decimals, else "\approx" and 4 s.f. */
export function eqValue(x: number, dp = 2): string {
  const exact = Math.abs(roundDp(x, dp) - x) < 1e-9;
  return exact ? `= ${texNum(roundDp(x, dp))}` : `\\approx ${sig(x, 4)}`;
}

/** A percentage for keywords: what a candidate's working would contain ("12.5", "6.67"). */
export const percentKey = (x: number) => String(roundSig(Math.abs(x), 3));

/** A number in LaTeX, bracketed when negative so it can follow an operator: "(-10)". */
export const texParen = (x: number, dp?: number) => (x < 0 ? `(${texNum(x, dp)})` : texNum(x, dp));
