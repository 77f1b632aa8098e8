// The targets, checked against one run's figures.
import { STUDENT_ROUTE_BUDGET_KB } from "./bundle-report";
import type { BenchReport, ScenarioResult } from "./bench-report-types";
import { formatMs } from "./latency-stats";
import type { MeasuredCosts } from "./cost-model";

export type Verdict = { target: string; measured: string; met: boolean | null };

const pct = (v: number | null) => (v === null ? "–" : `${(100 * v).toFixed(1)} %`);

export function scenario(report: BenchReport, key: ScenarioResult["key"]): ScenarioResult | undefined {
  return report.scenarios.find((s) => s.key === key);
}

export function verdicts(report: BenchReport): Verdict[] {
  const bare = scenario(report, "bare");
  const cached = scenario(report, "dashboard");
  const uncached = scenario(report, "dashboard-uncached");
  const student = report.bundle.routes.filter((r) => r.student);
  const largest = student[0];
  const ratio = (a?: ScenarioResult, b?: ScenarioResult) => (a && b && b.load.rps > 0 ? a.load.rps / b.load.rps : null);
  const vsBare = ratio(cached, bare);
  const vsUncached = ratio(cached, uncached);
  const hitRate = cached?.cache.hitRate ?? null;
  return [
    {
      target: `dashboard API p95 ≤ 25 ms at ${cached?.connections ?? "?"} connections, warm`,
      measured: cached ? `p95 ${formatMs(cached.load.p95)} (p50 ${formatMs(cached.load.p50)}) at ${Math.round(cached.load.rps)} req/s` : "not run",
      met: cached ? cached.load.p95 <= 25 : null,
    },
    {
      target: "≥ 50 % of a bare route's throughput",
      measured: vsBare === null ? "not run" : `${(100 * vsBare).toFixed(0)} % (${Math.round(cached!.load.rps)} vs ${Math.round(bare!.load.rps)} req/s)`,
      met: vsBare === null ? null : vsBare >= 0.5,
    },
    {
      target: "≥ 10× the same build with caching and replicas off",
      measured: vsUncached === null ? "not run" : `${vsUncached.toFixed(1)}× (${Math.round(cached!.load.rps)} vs ${Math.round(uncached!.load.rps)} req/s)`,
      met: vsUncached === null ? null : vsUncached >= 10,
    },
    { target: "dashboard cache hit rate ≥ 95 %, steady state", measured: pct(hitRate), met: hitRate === null ? null : hitRate >= 0.95 },
    {
      target: `first-load JS ≤ ${STUDENT_ROUTE_BUDGET_KB} kB gzip on every student route`,
      measured: largest ? `largest ${largest.route}: ${(largest.gzipBytes / 1000).toFixed(1)} kB (${student.length} routes)` : "no student routes found",
      met: largest ? largest.gzipBytes <= STUDENT_ROUTE_BUDGET_KB * 1000 : null,
    },
  ];
}

export const verdictMark = (met: boolean | null) => (met === null ? "not measured" : met ? "met" : "**missed**");

/** Per-request costs for the cost model, from the journey level that pushed the most requests through. */
export function measuredCosts(report: BenchReport): MeasuredCosts | null {
  const best = [...report.journeys].filter((j) => j.cpu && j.load.overall.requests > 0).sort((a, b) => b.load.overall.rps - a.load.overall.rps)[0];
  if (!best?.cpu) return null;
  const requests = best.load.overall.requests;
  const ms = best.cpu.ms;
  const bytes = (kind: string) => report.redis.find((k) => k.kind.startsWith(kind))?.avgBytes ?? 0;
  return {
    source: `mixed journey at ${best.load.students} concurrent students (${Math.round(best.load.overall.rps)} req/s)`,
    appCpuMs: ms["app server"] / requests,
    // The primary also does the WAL work every write causes; it is counted against it.
    primaryCpuMs: (ms["postgres primary: bench database"] + ms["postgres: shared (WAL, replay, checkpoints)"]) / requests,
    replicaCpuMs: ms["postgres replica: bench database"] / requests,
    redisCpuMs: ms.redis / requests,
    wholeBoxMs: (best.cpu.cores * 1000) / best.load.overall.rps,
    answerShare: best.load.steps["practice: answer"].requests / requests,
    sessionBytes: bytes("session ("),
    sessionIndexBytes: bytes("session index"),
    dashboardBytes: bytes("cached dashboard"),
    attemptRowBytes: report.attemptRowBytes,
  };
}
