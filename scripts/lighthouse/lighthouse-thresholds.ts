/** What a page of ours must reach in Lighthouse's mobile run (slow 4G, 4× CPU slowdown), per issue #22. */
export const THRESHOLDS = {
  performance: 95,
  accessibility: 100,
  bestPractices: 100,
  /** Public pages only: signed-in pages are not for search engines (they answer noindex). */
  seo: 100,
  totalBlockingTimeMs: 200,
  largestContentfulPaintMs: 2500,
  cumulativeLayoutShift: 0.05,
} as const;

export type PageScores = {
  path: string;
  signedIn: boolean;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number | null;
  firstContentfulPaintMs: number;
  largestContentfulPaintMs: number;
  totalBlockingTimeMs: number;
  cumulativeLayoutShift: number;
};

/** Each threshold a page misses, named with its value ("performance 91 < 95"); empty when it passes. */
export function missedThresholds(page: PageScores): string[] {
  const missed: string[] = [];
  const atLeast = (name: string, value: number | null, min: number) => value !== null && value < min && missed.push(`${name} ${value} < ${min}`);
  const atMost = (name: string, value: number, max: number, unit = "") => value > max && missed.push(`${name} ${value}${unit} > ${max}${unit}`);
  atLeast("performance", page.performance, THRESHOLDS.performance);
  atLeast("accessibility", page.accessibility, THRESHOLDS.accessibility);
  atLeast("best practices", page.bestPractices, THRESHOLDS.bestPractices);
  if (!page.signedIn) atLeast("SEO", page.seo, THRESHOLDS.seo);
  atMost("total blocking time", Math.round(page.totalBlockingTimeMs), THRESHOLDS.totalBlockingTimeMs, " ms");
  atMost("LCP", Math.round(page.largestContentfulPaintMs), THRESHOLDS.largestContentfulPaintMs, " ms");
  atMost("CLS", Number(page.cumulativeLayoutShift.toFixed(3)), THRESHOLDS.cumulativeLayoutShift);
  return missed;
}

/** Of several runs of one page, the one with the median performance score (Lighthouse's own advice for noisy machines). */
export function medianRun<T extends { performance: number }>(runs: T[]): T {
  if (!runs.length) throw new Error("no runs");
  return [...runs].sort((a, b) => a.performance - b.performance)[Math.floor((runs.length - 1) / 2)]!;
}
