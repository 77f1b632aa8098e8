// Helpers for the checks that recompute a question bank's numeric answers from the figures in each stem.

import { expect, it } from "vitest";
import { questionInput, type Question, type SubjectQuestions } from "@/lib/questions/question-input";
import { questionGroupInput } from "@/lib/questions/question-group-input";

/** The stem with thousands separators removed, so "24,000" or "24\,000" reads as 24000. */
export const plainNumbers = (stem: string) => stem.replace(/(\d)(?:,|\\,|\s)(?=\d{3}(?!\d))/g, "$1");

/** The stem without the addresses of its figures, whose hashes and sizes are digits too (the alt text stays). */
export const withoutFigureAddresses = (stem: string) => stem.replace(/\]\(\s*<?\/figures\/[^)\s]*>?\)/g, "]");

/** Whether n is written in the stem ("25.0" counts as 25, "4.20" as 4.2; "250" does not count as 25). */
export function appearsIn(stem: string, n: number): boolean {
  const written = String(n).replace(".", "\\.");
  const trailing = Number.isInteger(n) ? "(?:\\.0+)?" : "0*";
  return new RegExp(`(?<![\\d.])${written}${trailing}(?![\\d]|\\.\\d)`).test(plainNumbers(withoutFigureAddresses(stem)));
}

/** How far a recomputed value may be from the stored one: the stored tolerance, or rounding noise. */
export function allowedError(answer: { value: number; tolerance?: number; relativeTolerance?: number }): number {
  const { value, tolerance, relativeTolerance } = answer;
  return Math.max(tolerance ?? 0, (relativeTolerance ?? 0) * Math.abs(value), 1e-9 * Math.abs(value));
}

/** One numeric answer's recomputation: the figures it takes from the stem, and the calculation. */
export type Check = { inputs: number[]; compute: (inputs: number[]) => number };
export const check = (inputs: number[], compute: (inputs: number[]) => number): Check => ({ inputs, compute });

export type NumericQuestion = Extract<Question, { type: "NUMERIC" }>;

/** The bank's numeric questions and numeric parts; a part's stem is read with its group's context above it. */
export const numericQuestionsOf = (bank: SubjectQuestions): NumericQuestion[] => [
  ...bank.questions.map((raw) => questionInput.parse(raw)).flatMap((q) => (q.type === "NUMERIC" ? [q] : [])),
  ...(bank.groups ?? []).flatMap((raw) => {
    const group = questionGroupInput.parse(raw);
    return group.parts.flatMap((p) => (p.type === "NUMERIC" ? [{ ...p, stem: `${group.context}\n\n${p.stem}` }] : []));
  }),
];

/**
 * The two tests every bank's check file runs, inside its describe: each numeric question has a
 * recomputation (keyed without the bank's `prefix`) and no recomputation lacks a question; and each stored
 * answer is within its tolerance of the value recomputed from figures that all appear in the stem.
 */
export function itRecomputesEveryNumericAnswer(
  numeric: NumericQuestion[],
  checks: Record<string, Check>,
  { prefix, atLeast, appears = appearsIn }: { prefix: string; atLeast: number; appears?: (stem: string, n: number) => boolean },
) {
  it("has a recomputation for every numeric question and none for other questions", () => {
    expect(numeric.length).toBeGreaterThanOrEqual(atLeast);
    expect(numeric.map((q) => q.key.slice(prefix.length)).sort()).toEqual(Object.keys(checks).sort());
  });

  it.each(numeric.map((q) => [q.key, q] as const))("%s: the stored answer matches the recomputation from the stem", (key, q) => {
    const c = checks[key.slice(prefix.length)]!;
    const missing = c.inputs.filter((n) => !appears(q.stem, n));
    expect(missing, "figures not found in the stem").toEqual([]);
    const computed = c.compute(c.inputs);
    const { value } = q.numericAnswer;
    expect(Math.abs(computed - value), `computed ${computed}, stored ${value}`).toBeLessThanOrEqual(allowedError(q.numericAnswer));
  });
}

// ---- numerical tools (what a GDC does) ----

/** Composite Simpson's rule with n (even) strips. */
export function integrate(f: (x: number) => number, a: number, b: number, n = 20_000): number {
  const h = (b - a) / n;
  let s = f(a) + f(b);
  for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * f(a + i * h);
  return (s * h) / 3;
}

/** A root of f in [a, b], where f changes sign. */
export function bisect(f: (x: number) => number, a: number, b: number): number {
  let lo = a;
  let hi = b;
  const flo = Math.sign(f(lo));
  if (flo === Math.sign(f(hi))) throw new Error(`no sign change in [${a}, ${b}]`);
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (Math.sign(f(mid)) === flo) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
