import fs from "node:fs";
import path from "node:path";
import { LATEST_HEADING, replaceSection, upsertSummaryRow } from "./benchmarks-file";
import { scenario } from "./bench-verdicts";
import { formatMs } from "./latency-stats";
import { latestSection, resultsMarkdown } from "./results-markdown";
import type { BenchReport } from "./bench-report-types";

function summaryRow(r: BenchReport, resultsFile: string): string {
  const cached = scenario(r, "dashboard");
  const bare = scenario(r, "bare");
  const uncached = scenario(r, "dashboard-uncached");
  const peak = [...r.journeys].sort((a, b) => b.load.overall.rps - a.load.overall.rps)[0];
  const largest = r.bundle.routes.find((x) => x.student);
  const parts = [
    cached && `dashboard p95 ${formatMs(cached.load.p95)} at ${Math.round(cached.load.rps)} req/s`,
    cached && bare && `${((100 * cached.load.rps) / bare.load.rps).toFixed(0)} % of bare`,
    cached && uncached && `${(cached.load.rps / uncached.load.rps).toFixed(1)}× uncached`,
    cached?.cache.hitRate != null && `hit rate ${(100 * cached.cache.hitRate).toFixed(1)} %`,
    peak && `journey peaks at ${Math.round(peak.load.overall.rps)} req/s (${peak.load.students} students)`,
    largest && `largest student route ${(largest.gzipBytes / 1000).toFixed(1)} kB JS`,
  ].filter(Boolean);
  return `| ${r.date} | every scenario, journey, bundle, cost model ([results](${resultsFile})) | \`npm run bench\` | ${parts.join("; ")} |`;
}

/**
 * Writes bench/results/<date>.md and refreshes BENCHMARKS.md. A quick smoke run writes
 * <date>-quick.md only: its short windows must not replace a full run's figures.
 */
export function writeBenchResults(r: BenchReport, where: { resultsDir: string; benchmarksFile: string }): string[] {
  fs.mkdirSync(where.resultsDir, { recursive: true });
  const resultsPath = path.join(where.resultsDir, `${r.date}${r.options.quick ? "-quick" : ""}.md`);
  fs.writeFileSync(resultsPath, resultsMarkdown(r));
  if (r.options.quick) return [resultsPath];
  const relative = path.relative(path.dirname(where.benchmarksFile), resultsPath);
  const doc = fs.existsSync(where.benchmarksFile) ? fs.readFileSync(where.benchmarksFile, "utf8") : "# Benchmarks\n";
  const updated = upsertSummaryRow(replaceSection(doc, LATEST_HEADING, latestSection(r, relative)), "`npm run bench`", summaryRow(r, relative));
  fs.writeFileSync(where.benchmarksFile, updated);
  return [resultsPath, where.benchmarksFile];
}
