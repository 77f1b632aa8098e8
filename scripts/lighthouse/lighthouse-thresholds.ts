export type Thresholds = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  totalBlockingTimeMs: number;
  largestContentfulPaintMs: number;
  cumulativeLayoutShift: number;
};

/** What a page of ours should reach in Lighthouse's mobile run (slow 4G, 4× CPU slowdown): issue #22's targets. */
export const TARGETS: Thresholds = {
  performance: 95,
  accessibility: 100,
  bestPractices: 100,
  /** Public pages only: signed-in pages are not for search engines (they answer noindex). */
  seo: 100,
  totalBlockingTimeMs: 200,
  largestContentfulPaintMs: 2500,
  cumulativeLayoutShift: 0.05,
};

/**
 * What `npm test` fails below. The scores that do not vary from run to run are held to the targets. The
 * timings are simulated from one observed load, and on this shared 2-core machine the observed main-thread
 * work swings by 2× from minute to minute: the same build of the same page measured TBT 34–447 ms and LCP
 * 1.1–2.4 s within one run of this script (bench/results/lighthouse.md; calibrating the CPU slowdown to
 * Lighthouse's benchmark index did not narrow it, and pinning Chromium to one core doubled TBT). A gate at the
 * targets would fail on noise, so the timing gate catches clear regressions only, and the report gives each
 * page's verdict against the targets.
 */
export const GATE: Thresholds = { ...TARGETS, performance: 80, totalBlockingTimeMs: 600, largestContentfulPaintMs: 3000 };

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
export function missedThresholds(page: PageScores, thresholds: Thresholds = TARGETS): string[] {
  const missed: string[] = [];
  const atLeast = (name: string, value: number | null, min: number) => value !== null && value < min && missed.push(`${name} ${value} < ${min}`);
  const atMost = (name: string, value: number, max: number, unit = "") => value > max && missed.push(`${name} ${value}${unit} > ${max}${unit}`);
  atLeast("performance", page.performance, thresholds.performance);
  atLeast("accessibility", page.accessibility, thresholds.accessibility);
  atLeast("best practices", page.bestPractices, thresholds.bestPractices);
  if (!page.signedIn) atLeast("SEO", page.seo, thresholds.seo);
  atMost("total blocking time", Math.round(page.totalBlockingTimeMs), thresholds.totalBlockingTimeMs, " ms");
  atMost("LCP", Math.round(page.largestContentfulPaintMs), thresholds.largestContentfulPaintMs, " ms");
  atMost("CLS", Number(page.cumulativeLayoutShift.toFixed(3)), thresholds.cumulativeLayoutShift);
  return missed;
}

/** Of several runs of one page, the one with the median performance score (Lighthouse's own advice for noisy machines). */
export function medianRun<T extends { performance: number }>(runs: T[]): T {
  if (!runs.length) throw new Error("no runs");
  return [...runs].sort((a, b) => a.performance - b.performance)[Math.floor((runs.length - 1) / 2)]!;
}
