// Markdown for one `npm run bench` run: the full results file, and the shorter section of BENCHMARKS.md.
import { bundleTable } from "./bundle-report";
import { classAnalyticsMarkdown } from "./class-analytics-markdown";
import { costModelTable, DEFAULT_ASSUMPTIONS, type MeasuredCosts } from "./cost-model";
import { CPU_GROUPS } from "./cpu-sampler";
import { JOURNEY_STEPS } from "./student-journey";
import { formatMs } from "./latency-stats";
import { measuredCosts, verdictMark, verdicts } from "./bench-verdicts";
import type { BenchReport, ScenarioResult } from "./bench-report-types";

const pct = (v: number | null) => (v === null ? "–" : `${(100 * v).toFixed(1)} %`);
const num = (v: number | null, digits = 1) => (v === null || Number.isNaN(v) ? "–" : v.toFixed(digits));
const SERVER_LABEL = { cached: "cache + replicas", uncached: "cache and replicas off" } as const;

export function runDescription(r: BenchReport): string {
  const m = r.machine;
  const minutes = ((r.finishedAt.getTime() - r.startedAt.getTime()) / 60_000).toFixed(1);
  const busy = Number(r.loadBefore.split(",")[0]) > 0.5 || Number(r.loadAfter.split(",")[0]) > 0.5;
  return [
    `- **Machine**: ${m.cores} × ${m.cpuModel} (\`nproc\` ${m.cores}), ${m.memoryGiB} GiB, Node ${m.node}; commit \`${m.commit}\`${m.dirtyTree ? " plus uncommitted changes in the working tree" : ""}.`,
    `- **Data**: database \`${r.database}\` with the scale seed (${r.seed.students.toLocaleString("en")} students, ${r.seed.attempts.toLocaleString("en")} attempts${r.seed.seededS ? `, seeded in this run in ${r.seed.seededS.toFixed(0)} s` : ", already present"}); ${r.questionBank.total.toLocaleString("en")} published questions in the paged course.`,
    `- **Topology**: one \`next start\` instance of the production build (${r.buildS ? `built in this run in ${r.buildS.toFixed(0)} s` : "build reused"}; a second instance only for the two-instance scenario), PostgreSQL primary${r.replicas.length ? ` + streaming replica (${r.replicas.join(", ")})` : " only (no replica was running)"}, Redis, and the load generator, all on this one machine over loopback; ${r.startupWarm}.`,
    `- **Run**: ${r.options.quick ? "quick smoke (`--quick`)" : "full"}; ${r.options.durationS} s per scenario after a warm-up; ${r.options.students.toLocaleString("en")} signed-in students rotating across requests; started ${r.startedAt.toISOString()}, took ${minutes} min.`,
    `- **Other load**: load average ${r.loadBefore} before, ${r.loadAfter} after (1, 5, 15 min)${busy ? '; other processes were running: their share of each scenario is the "everything else" column of the results file\'s CPU table' : ""}.`,
  ].join("\n");
}

export function targetsTable(r: BenchReport): string {
  return [
    "| target (issue) | measured | verdict |",
    "|---|---|---|",
    ...verdicts(r).map((v) => `| ${v.target} | ${v.measured} | ${verdictMark(v.met)} |`),
  ].join("\n");
}

export function scenarioTable(r: BenchReport): string {
  const row = (s: ScenarioResult) =>
    `| ${s.name} | ${SERVER_LABEL[s.server]} | ${s.connections} | ${formatMs(s.load.p50)} | ${formatMs(s.load.p95)} | ${formatMs(s.load.p99)} | ${Math.round(s.load.rps)} | ${s.load.errors} | ${num(s.queries)} | ${s.cache.label}: ${pct(s.cache.hitRate)} | ${s.notes.join("; ")} |`;
  return [
    "| scenario | server | conns | p50 | p95 | p99 | req/s | errors | DB queries/req | cache hit rate | notes |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
    ...r.scenarios.map(row),
  ].join("\n");
}

export function cpuTable(r: BenchReport): string {
  const rows = [
    ...r.scenarios.map((s) => ({ name: s.name, cpu: s.cpu, requests: s.load.responses })),
    ...r.journeys.map((j) => ({ name: `journey, ${j.load.students} students`, cpu: j.cpu, requests: j.load.overall.requests })),
  ];
  return [
    `| scenario | machine busy | ${CPU_GROUPS.join(" | ")} |`,
    `|---|---|${CPU_GROUPS.map(() => "---").join("|")}|`,
    ...rows.map(({ name, cpu, requests }) =>
      cpu
        ? `| ${name} | ${cpu.busyPercent.toFixed(0)} % | ${CPU_GROUPS.map((g) => num(cpu.ms[g] / Math.max(1, requests), 2)).join(" | ")} |`
        : `| ${name} | – | ${CPU_GROUPS.map(() => "–").join(" | ")} |`,
    ),
  ].join("\n");
}

export function journeyTables(r: BenchReport): string {
  if (!r.journeys.length) return "Not run.";
  const levels = r.journeys.map((j) => j.load);
  const summary = [
    "| students | ran for | journeys done (failed) | journey p50 / p95 | requests/s | request p50 / p95 / p99 | errors | dashboard hit rate | machine busy |",
    "|---|---|---|---|---|---|---|---|---|",
    ...r.journeys.map(
      ({ load: l, dashboardCache, cpu }) =>
        `| ${l.students} | ${l.elapsedS.toFixed(0)} s | ${l.journeys.completed} (${l.journeys.failed}) | ${formatMs(l.journeys.p50)} / ${formatMs(l.journeys.p95)} | ${Math.round(l.overall.rps)} | ${formatMs(l.overall.p50)} / ${formatMs(l.overall.p95)} / ${formatMs(l.overall.p99)} | ${l.overall.errors} | ${pct(dashboardCache.hitRate)} | ${cpu ? `${cpu.busyPercent.toFixed(0)} %` : "–"} |`,
    ),
  ];
  const queries = (step: string) => {
    const c = r.queryCounts.cached[`journey: ${step}`];
    return c && c.calls ? (c.queries / c.calls).toFixed(1) : "–";
  };
  const steps = [
    `| step | DB queries | ${levels.map((l) => `p50 / p95 @ ${l.students}`).join(" | ")} |`,
    `|---|---|${levels.map(() => "---").join("|")}|`,
    ...JOURNEY_STEPS.map(
      (s) =>
        `| ${s} | ${queries(s)} | ${levels.map((l) => `${formatMs(l.steps[s].p50)} / ${formatMs(l.steps[s].p95)}${l.steps[s].errors ? ` (${l.steps[s].errors} error${l.steps[s].errors === 1 ? "" : "s"})` : ""}`).join(" | ")} |`,
    ),
  ];
  const failures = levels.flatMap((l) => Object.entries(l.failures).map(([message, n]) => `${l.students} students: ${message} × ${n}`));
  return [...summary, "", ...steps, ...(failures.length ? ["", `Failed journeys: ${failures.join("; ")}.`] : [])].join("\n");
}

/** What the server logged at warn and error level during each scenario: the cause of any 5xx. */
export function problemsTable(r: BenchReport): string {
  const rows = [
    ...r.scenarios.map((s) => ({ name: s.name, problems: s.problems })),
    ...r.journeys.map((j) => ({ name: `journey, ${j.load.students} students`, problems: j.problems })),
  ].flatMap(({ name, problems }) => problems.slice(0, 3).map((p) => `| ${name} | ${p.level} | ${p.count} | ${p.message.replaceAll("|", "\\|")} |`));
  return rows.length ? ["| scenario | level | times | message |", "|---|---|---|---|", ...rows].join("\n") : "Nothing at warn level or above.";
}

export function queryCountTable(r: BenchReport): string {
  const labels = Object.keys(r.queryCounts.cached);
  const cell = (kind: "cached" | "uncached", label: string) => {
    const c = r.queryCounts[kind][label];
    return c && c.calls ? (c.queries / c.calls).toFixed(1) : "–";
  };
  return [
    "| handler call | calls | cache + replicas | cache off | operations (cache on, first call) |",
    "|---|---|---|---|---|",
    ...labels.map(
      (l) =>
        `| ${l} | ${r.queryCounts.cached[l]!.calls} | ${cell("cached", l)} | ${cell("uncached", l)} | ${r.queryCounts.cached[l]!.operations.join(", ") || "–"} |`,
    ),
  ].join("\n");
}

export function costModelSection(r: BenchReport, costs: MeasuredCosts | null): string {
  if (!costs) return "No journey ran with CPU accounting (needs Linux /proc), so there is no cost model for this run.";
  const a = DEFAULT_ASSUMPTIONS;
  return [
    `Per-request costs, measured in the ${costs.source}: app server ${costs.appCpuMs.toFixed(2)} CPU ms, PostgreSQL primary ${costs.primaryCpuMs.toFixed(2)} ms (its backends plus the WAL work), replica ${costs.replicaCpuMs.toFixed(2)} ms, Redis ${costs.redisCpuMs.toFixed(2)} ms; the whole box at saturation (cores ÷ req/s, load generator included) ${costs.wholeBoxMs.toFixed(2)} ms. ${(100 * costs.answerShare).toFixed(0)} % of the journey's requests record an attempt (${costs.attemptRowBytes} bytes per attempt row with its indexes).`,
    `Redis per key (MEMORY USAGE, measured while every benchmark student had a session and a cached dashboard): session ${costs.sessionBytes.toFixed(0)} B, session index ${costs.sessionIndexBytes.toFixed(0)} B, cached dashboard ${costs.dashboardBytes.toFixed(0)} B.${
      [costs.sessionBytes, costs.sessionIndexBytes, costs.dashboardBytes].some((b) => b === 0)
        ? " **A key kind had no keys to measure: its memory is missing from the Redis row below.**"
        : ""
    }`,
    "",
    `Assumptions: ${a.dailyActiveShare * 100} % of students active per day, ${a.requestsPerActiveStudentPerDay} API requests per active student per day in the journey's mix, ${a.peakHourShare * 100} % of a day's traffic in the peak hour, bursts ${a.burstFactor}× the peak hour's mean, CPUs planned at ${a.targetUtilisation * 100} % busy, ${a.sessionsPerStudent} live sessions per student (30-day sessions, so every student counts), the dashboards of ${a.cachedDashboardShare * 100} % of the day's active students cached at once (10-minute TTL, dropped by each answer: peak-hour students × bursts), Redis RSS ${a.redisOverhead}× the keys' own size.`,
    "",
    costModelTable(costs, [220_000, 2_000_000]),
  ].join("\n");
}

/** The whole results file for the run. */
export function resultsMarkdown(r: BenchReport): string {
  const costs = measuredCosts(r);
  return [
    `# \`npm run bench\`, ${r.date}`,
    "",
    runDescription(r),
    "",
    "## Targets",
    "",
    targetsTable(r),
    "",
    "## Scenarios over HTTP",
    "",
    "Latency is each response's own time; errors are socket errors, timeouts and responses the scenario does not accept (non-2xx; for sign-in anything but a 302 with a session cookie). DB queries per request come from the app's query counter around the same route handler called in process (next section).",
    "",
    scenarioTable(r),
    "",
    "## Where the CPU went (CPU ms per request)",
    "",
    'From /proc while each scenario ran. "everything else" is CPU used by other processes on the machine (other people\'s work included).',
    "",
    cpuTable(r),
    "",
    "## Mixed student journey",
    "",
    "Each student signs in with a password (next-auth credentials, argon2id), opens the dashboard API, starts a 10-question set of auto-marked questions, loads and answers each question, then reviews up to 3 flashcards: about 28 requests, back to back with no think time. Each level runs for the scenario time and then lets every journey under way finish, so each student completes at least one. The students' cached dashboards are dropped before each level, so the journey's one dashboard view is a miss, as a student's first view of the day is (a cached dashboard lives 10 minutes and each answer drops it); the steady-state hit rate is the dashboard scenario's.",
    "",
    journeyTables(r),
    "",
    "## What the server logged (warn and above)",
    "",
    "Requests still in flight when a run's time is up are cancelled by the load generator; the server logs those as `aborted`.",
    "",
    problemsTable(r),
    "",
    "## Database queries per request",
    "",
    queryCountTable(r),
    "",
    "## Question bank, direct calls (`npm run bench:questions`)",
    "",
    "| page | queries | iterations | p50 | p95 |",
    "|---|---|---|---|---|",
    ...r.questionBank.direct.map((d) => `| ${d.label} | ${d.queries} | ${d.iterations} | ${d.p50.toFixed(2)} ms | ${d.p95.toFixed(2)} ms |`),
    "",
    ...(r.classAnalytics ? ["## Class analytics, direct calls (`npm run bench:class-analytics`)", "", ...classAnalyticsMarkdown(r.classAnalytics), ""] : []),
    "## First-load JavaScript (gzip)",
    "",
    `From the build's manifests (scripts/bench/bundle-report.ts); check: ${r.bundle.htmlCheck || "not run"}.`,
    "",
    bundleTable(r.bundle.routes),
    "",
    "## Redis footprint",
    "",
    "Measured right after the dashboard scenarios, while every benchmark student had a session and a cached dashboard.",
    "",
    "| key | keys then | sampled | bytes per key |",
    "|---|---|---|---|",
    ...r.redis.map((k) => `| ${k.kind} | ${k.keys} | ${k.sampled} | ${k.avgBytes.toFixed(0)} |`),
    "",
    "## Cost model",
    "",
    costModelSection(r, costs),
    "",
  ].join("\n");
}

/** The BENCHMARKS.md section: the targets, the headline scenarios, the journey and the cost model. */
export function latestSection(r: BenchReport, resultsFile: string): string {
  const costs = measuredCosts(r);
  return [
    `## Latest \`npm run bench\` (${r.date})`,
    "",
    `Full results: [${resultsFile}](${resultsFile}). Regenerated by every \`npm run bench\`; commentary on a run goes in its own section below.`,
    "",
    runDescription(r),
    "",
    targetsTable(r),
    "",
    scenarioTable(r),
    "",
    journeyTables(r).split("\n\n")[0]!,
    "",
    "### Cost model",
    "",
    costModelSection(r, costs),
    "",
  ].join("\n");
}
