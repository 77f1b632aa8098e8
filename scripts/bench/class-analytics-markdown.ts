// What the class-analytics bench measures, and its Markdown (kept apart from the measurement, which needs the app).

export type ClassAnalyticsBench = {
  classes: number;
  members: number;
  topics: number;
  iterations: number;
  cold: { p50: number; p95: number; statements: number };
  warm: { p50: number; p95: number; statements: number };
  fanOut: { p50: number; p95: number; statements: number; classesOfMember: number };
  payloadBytes: number;
};

/** The measurement as a Markdown section (BENCHMARKS.md and bench/results). */
export function classAnalyticsMarkdown(b: ClassAnalyticsBench): string[] {
  const ms = (v: number) => `${v.toFixed(2)} ms`;
  return [
    `Largest scale class: ${b.members} students × ${b.topics} syllabus topics (${b.classes.toLocaleString("en")} classes in the seed); payload ${(b.payloadBytes / 1024).toFixed(0)} KiB; ${b.iterations} calls each.`,
    "",
    "| call | SQL statements | p50 | p95 |",
    "|---|---|---|---|",
    `| getClassAnalytics, miss (cache entry dropped first) | ${b.cold.statements} | ${ms(b.cold.p50)} | ${ms(b.cold.p95)} |`,
    `| getClassAnalytics, hit | ${b.warm.statements} | ${ms(b.warm.p50)} | ${ms(b.warm.p95)} |`,
    `| a member's write: drop their ${b.fanOut.classesOfMember} classes' analytics | ${b.fanOut.statements} | ${ms(b.fanOut.p50)} | ${ms(b.fanOut.p95)} |`,
  ];
}
