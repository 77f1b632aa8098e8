// Helpers for the checks that recompute a question bank's numeric answers from the figures in each stem.

/** The stem with thousands separators removed, so "24,000" or "24\,000" reads as 24000. */
export const plainNumbers = (stem: string) => stem.replace(/(\d)(?:,|\\,|\s)(?=\d{3}(?!\d))/g, "$1");

/** Whether n is written in the stem ("25.0" counts as 25, "4.20" as 4.2; "250" does not count as 25). */
export function appearsIn(stem: string, n: number): boolean {
  const written = String(n).replace(".", "\\.");
  const trailing = Number.isInteger(n) ? "(?:\\.0+)?" : "0*";
  return new RegExp(`(?<![\\d.])${written}${trailing}(?![\\d]|\\.\\d)`).test(plainNumbers(stem));
}

/** How far a recomputed value may be from the stored one: the stored tolerance, or rounding noise. */
export function allowedError(answer: { value: number; tolerance?: number; relativeTolerance?: number }): number {
  const { value, tolerance, relativeTolerance } = answer;
  return Math.max(tolerance ?? 0, (relativeTolerance ?? 0) * Math.abs(value), 1e-9 * Math.abs(value));
}
