import { normalizeMathText } from "@/lib/marking/normalize-math-text";
import { stemWord } from "@/lib/marking/stem-word";

/** A number as written in a text: its value and the place value of its last digit ("45.50" → 0.01). */
export type NumberToken = { text: string; value: number; resolution: number };

/** A text (an answer or a keyword) in the three forms the keyword matcher compares. */
export type TextTerms = {
  /** Stemmed words: "Cells diffused" → ["cell", "diffus"]. */
  words: string[];
  /** Lower-cased with spaces, brackets, "^" and "_" removed: "$k[NO_2]^2$" → "kno22". */
  compact: string;
  /** For each character of `compact`, whether a space or a removed bracket, "^" or "_" stood before it. */
  breakBefore: boolean[];
  numbers: NumberToken[];
};

export function analyseText(text: string): TextTerms {
  const plain = plainText(text);
  let compact = "";
  const breakBefore: boolean[] = [];
  let sawBreak = true;
  for (const ch of plain) {
    if (/[\s{}()[\]^_]/.test(ch)) sawBreak = true;
    else {
      compact += ch;
      for (let i = 0; i < ch.length; i++) breakBefore.push(sawBreak);
      sawBreak = false;
    }
  }
  return {
    words: plain
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .map(stemWord),
    compact,
    breakBefore,
    numbers: numberTokens(plain),
  };
}

/**
 * One spelling for answers and keywords: LaTeX and Unicode unified (normalizeMathText), "$" delimiters
 * dropped, Greek letters spelled out ("λ" and "\lambda" both become "lambda", as students type it),
 * "×" and "·" as "*", lower case.
 */
export function plainText(text: string): string {
  return normalizeMathText(text)
    .replace(/\$/g, " ")
    .replace(/[α-ωΑ-Ω√∫]/g, (c) => GREEK_NAMES[c] ?? c)
    .replace(/[×·]/g, "*")
    .toLowerCase();
}

const NUMBER =
  /(?<![\p{L}\p{N}.])(-)?(\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?: \d{3})+(?!\d)|\d+(?:\.\d+)?|\.\d+)(?:e([-+]?\d+)(?!\d)|\s*[*x]\s*10\s*\^\s*\(?([-+]?\d+)\)?)?/gu;

/**
 * The numbers in a text: "-3.1e4", "3.2 × 10^4", "1,250" and "45 000" each count as one number. A minus
 * joined to letters or digits before it is subtraction, not a sign ("x-4" holds 4, " -4" holds -4).
 */
export function numberTokens(plain: string): NumberToken[] {
  const out: NumberToken[] = [];
  for (const m of plain.replace(/[{}]/g, "").matchAll(NUMBER)) {
    const digits = (m[2] ?? "").replace(/[, ]/g, "");
    const exponent = Number(m[3] ?? m[4] ?? 0);
    const decimals = digits.includes(".") ? digits.length - digits.indexOf(".") - 1 : 0;
    const value = (m[1] ? -1 : 1) * Number(`${digits}e${exponent}`);
    if (Number.isFinite(value)) out.push({ text: m[0], value, resolution: 10 ** (exponent - decimals) });
  }
  return out;
}

const GREEK_NAMES: Record<string, string> = {
  α: "alpha",
  β: "beta",
  γ: "gamma",
  δ: "delta",
  Δ: "delta",
  ε: "epsilon",
  η: "eta",
  θ: "theta",
  λ: "lambda",
  μ: "mu",
  ν: "nu",
  π: "pi",
  ρ: "rho",
  σ: "sigma",
  Σ: "sigma",
  τ: "tau",
  φ: "phi",
  Φ: "phi",
  ψ: "psi",
  Ψ: "psi",
  ω: "omega",
  Ω: "omega",
  "√": "sqrt",
  "∫": "int",
};
