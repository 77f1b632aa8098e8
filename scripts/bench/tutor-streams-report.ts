// What `npm run bench:tutor` measured, the issue's expectations checked against it, and its markdown.
import type { ConnectionStates } from "./db-connections";
import type { DelayWindow } from "./event-loop-delay";
import { formatMs, type Percentiles } from "./latency-stats";
import type { MachineInfo } from "./machine-info";
import type { LoggedProblem } from "./bench-server";
import type { Verdict } from "./bench-verdicts";
import { verdictMark } from "./bench-verdicts";

export type PacedLatency = Percentiles & { requests: number; errors: number };

export type TutorStreamsBench = {
  date: string;
  startedAt: Date;
  machine: MachineInfo;
  database: string;
  loadBefore: string;
  loadAfter: string;
  buildS: number;
  setup: {
    streams: number;
    tokensPerAnswer: number;
    tokenDelayMs: number;
    dashboardIntervalMs: number;
    baselineS: number;
    replicas: string[];
    poolSize: number;
  };
  streams: {
    completed: number;
    errors: Record<string, number>;
    firstToken: Percentiles;
    duration: Percentiles;
    /** The shortest complete answer, request to end, in ms. */
    shortestMs: number;
    wallS: number;
    /** The most answers streaming at one moment (first text arrived, end not yet). */
    peakMidAnswer: number;
    /** CPU seconds over the stream phase: the app process, and this process (stand-in model server and clients). */
    cpu: { appS: number; loadGeneratorS: number };
    streamingWindowS: number;
  };
  dashboard: { baseline: PacedLatency; during: PacedLatency };
  eventLoop: { baseline: DelayWindow | null; during: DelayWindow | null; windows: number };
  memory: { before: number; peak: number; after: number; highWater: number };
  /** Peak per state while every answer was streaming (all had their first token, none had ended), and over the whole stream phase. */
  connections: { streaming: Record<string, ConnectionStates>; streamingSamples: number; wholePhase: Record<string, ConnectionStates> };
  problems: LoggedProblem[];
};

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

export function tutorVerdicts(r: TutorStreamsBench): Verdict[] {
  const ratio = r.dashboard.during.p95 / r.dashboard.baseline.p95;
  const longest = Math.max(0, ...Object.values(r.connections.wholePhase).map((s) => s.longestTransactionMs));
  return [
    {
      target: `all ${r.setup.streams} concurrent streams complete`,
      measured: `${r.streams.completed} complete, ${r.setup.streams - r.streams.completed} not`,
      met: r.streams.completed === r.setup.streams,
    },
    {
      target: "an unrelated dashboard request: p95 during the streams ≤ 2× its p95 without them",
      measured: `${formatMs(r.dashboard.during.p95)} vs ${formatMs(r.dashboard.baseline.p95)} (${ratio.toFixed(1)}×)`,
      met: r.dashboard.during.requests > 0 && r.dashboard.during.errors === 0 ? ratio <= 2 : false,
    },
    {
      target: "event-loop delay p99 ≤ 100 ms during the streams",
      measured: r.eventLoop.during ? `p99 ${formatMs(r.eventLoop.during.p99)}, max ${formatMs(r.eventLoop.during.max)}` : "not measured",
      met: r.eventLoop.during ? r.eventLoop.during.p99 <= 100 : null,
    },
    {
      // A connection held for an answer would show as a transaction as old as the answer; those that run
      // are the reads before the first token and the save after the last, each a few statements.
      target: "no database connection held for an answer: every transaction shorter than the shortest answer",
      measured: `longest transaction ${formatMs(longest)}; shortest answer ${formatMs(r.streams.shortestMs)}`,
      met: r.streams.completed > 0 ? longest < r.streams.shortestMs : null,
    },
    { target: "peak RSS ≤ 1 GiB on one instance", measured: mib(r.memory.peak), met: r.memory.peak <= 2 ** 30 },
  ];
}

const latencyRow = (name: string, l: PacedLatency) =>
  `| ${name} | ${l.requests} | ${formatMs(l.p50)} | ${formatMs(l.p95)} | ${formatMs(l.p99)} | ${l.errors} |`;
const delayRow = (name: string, w: DelayWindow | null) => `| ${name} | ${w ? `${formatMs(w.p50)} | ${formatMs(w.p99)} | ${formatMs(w.max)}` : "– | – | –"} |`;
const statesCell = (s: ConnectionStates | undefined) =>
  s ? `${s.active} / ${s.idleInTransaction} / ${s.idle}, longest transaction ${formatMs(s.longestTransactionMs)}` : "–";
const heldByText = (s: ConnectionStates) =>
  Object.entries(s.heldBy)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([statement, n]) => `${n} × \`${statement.replaceAll("|", "\\|").replaceAll("`", "'")}…\``)
    .join(", ");

/** The results table: what the closing note of the issue asks for, with a verdict on each expectation. */
export function tutorResultsTable(r: TutorStreamsBench): string[] {
  const errors = Object.entries(r.streams.errors).map(([e, n]) => `${n} × ${e}`);
  return [
    "| measure | result |",
    "|---|---|",
    `| streams completed | ${r.streams.completed} of ${r.setup.streams}${errors.length ? ` (${errors.join("; ")})` : ", no errors"} |`,
    `| time to first token | p50 ${formatMs(r.streams.firstToken.p50)}, p95 ${formatMs(r.streams.firstToken.p95)} |`,
    `| stream duration | p50 ${formatMs(r.streams.duration.p50)}, p95 ${formatMs(r.streams.duration.p95)}; all ${r.setup.streams} done in ${r.streams.wallS.toFixed(1)} s; at most ${r.streams.peakMidAnswer} mid-answer at once |`,
    `| CPU over the stream phase | app ${r.streams.cpu.appS.toFixed(1)} s (${((100 * r.streams.cpu.appS) / r.streams.wallS).toFixed(0)} % of one core); stand-in model + clients ${r.streams.cpu.loadGeneratorS.toFixed(1)} s (${((100 * r.streams.cpu.loadGeneratorS) / r.streams.wallS).toFixed(0)} %) |`,
    `| dashboard p50 / p95 / p99, no streams | ${formatMs(r.dashboard.baseline.p50)} / ${formatMs(r.dashboard.baseline.p95)} / ${formatMs(r.dashboard.baseline.p99)} (${r.dashboard.baseline.requests} requests) |`,
    `| dashboard p50 / p95 / p99, during streams | ${formatMs(r.dashboard.during.p50)} / ${formatMs(r.dashboard.during.p95)} / ${formatMs(r.dashboard.during.p99)} (${r.dashboard.during.requests} requests, ${r.dashboard.during.errors} errors) |`,
    `| event-loop delay p50 / p99 / max, no streams | ${r.eventLoop.baseline ? `${formatMs(r.eventLoop.baseline.p50)} / ${formatMs(r.eventLoop.baseline.p99)} / ${formatMs(r.eventLoop.baseline.max)}` : "–"} |`,
    `| event-loop delay p50 / p99 / max, during streams | ${r.eventLoop.during ? `${formatMs(r.eventLoop.during.p50)} / ${formatMs(r.eventLoop.during.p99)} / ${formatMs(r.eventLoop.during.max)}` : "–"} |`,
    `| RSS before / peak / after | ${mib(r.memory.before)} / ${mib(r.memory.peak)} / ${mib(r.memory.after)} (high-water mark ${mib(r.memory.highWater)}) |`,
    ...Object.entries(r.connections.wholePhase).flatMap(([name, s]) =>
      Object.keys(s.heldBy).length ? [`| what held the app's ${name} connections, at most at once | ${heldByText(s)} |`] : [],
    ),
    ...Object.keys(r.connections.wholePhase).map(
      (name) =>
        `| app's DB connections (${name}): peak active / idle in transaction / idle | whole stream phase ${statesCell(r.connections.wholePhase[name])}; while every answer was mid-stream (until 1 s before the first ended) ${r.connections.streamingSamples ? `${statesCell(r.connections.streaming[name])} (${r.connections.streamingSamples} samples)` : "– (no such moment: the first answer ended before the last began)"} |`,
    ),
  ];
}

export function tutorResultsMarkdown(r: TutorStreamsBench): string {
  const s = r.setup;
  const m = r.machine;
  return [
    `# Tutor streams, ${r.date}`,
    "",
    "`npm run bench:tutor`: issue #19's closing benchmark. One `next start` of the production build holds " +
      `${s.streams} tutor answers at once, each streamed by a stand-in OpenAI-compatible server at a human-like pace ` +
      `(${s.tokensPerAnswer} tokens, one every ${s.tokenDelayMs} ms: ${(1000 / s.tokenDelayMs).toFixed(0)} tokens/s), ` +
      `while one unrelated signed-in student asks for their dashboard every ${s.dashboardIntervalMs} ms.`,
    "",
    `- **Machine**: ${m.cores} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}; commit \`${m.commit}\`${m.dirtyTree ? " plus uncommitted changes" : ""}.`,
    `- **Topology**: database \`${r.database}\`; the app (pool of ${s.poolSize} connections per database), PostgreSQL primary${s.replicas.length ? ` + replica (${s.replicas.join(", ")})` : " only"}, Redis, the stand-in model server and the load generator, all on this machine over loopback. Build ${r.buildS ? `${r.buildS.toFixed(0)} s` : "reused"}.`,
    `- **Run**: started ${r.startedAt.toISOString()}; baseline ${s.baselineS} s of dashboard requests alone, then the streams; load average ${r.loadBefore} before, ${r.loadAfter} after.`,
    `- **How**: event-loop delay from the app's own \`/api/metrics\` (prom-client's \`nodejs_eventloop_lag_*\`, a perf_hooks histogram at 10 ms resolution, reset at each scrape; scraped every second, ${r.eventLoop.windows} windows); RSS from \`/proc/<pid>/status\` of the process listening on the port; connections from \`pg_stat_activity\`, matched to the app process by its client ports (read from /proc), sampled every 250 ms.`,
    "",
    ...tutorResultsTable(r),
    "",
    "| expectation | measured | verdict |",
    "|---|---|---|",
    ...tutorVerdicts(r).map((v) => `| ${v.target} | ${v.measured} | ${verdictMark(v.met)} |`),
    "",
    "| dashboard requests | n | p50 | p95 | p99 | errors |",
    "|---|---|---|---|---|---|",
    latencyRow("no streams", r.dashboard.baseline),
    latencyRow(`during ${s.streams} streams`, r.dashboard.during),
    "",
    "| event-loop delay | p50 | p99 | max |",
    "|---|---|---|---|",
    delayRow("no streams", r.eventLoop.baseline),
    delayRow(`during ${s.streams} streams`, r.eventLoop.during),
    "",
    r.problems.length
      ? `The server logged: ${r.problems.map((p) => `${p.count} × ${p.level} "${p.message}"`).join("; ")}.`
      : "The server logged no warnings or errors.",
    "",
  ].join("\n");
}

/** The BENCHMARKS.md section and summary row for the run. */
export function tutorBenchmarksSection(r: TutorStreamsBench, resultsFile: string): { section: string; row: string } {
  const verdicts = tutorVerdicts(r);
  const section = [
    `## Tutor streams (\`npm run bench:tutor\`, ${r.date})`,
    "",
    `Full results: [${resultsFile}](${resultsFile}). ${r.setup.streams} concurrent tutor answers at ${(1000 / r.setup.tokenDelayMs).toFixed(0)} tokens/s on one \`next start\`, ${r.machine.cores} × ${r.machine.cpuModel}; regenerated by every run.`,
    "",
    ...tutorResultsTable(r),
    "",
    ...verdicts.map((v) => `- ${v.target}: ${v.measured}, ${verdictMark(v.met)}.`),
    "",
  ].join("\n");
  const row =
    `| ${r.date} | ${r.setup.streams} concurrent tutor streams on one instance ([results](${resultsFile})) | \`npm run bench:tutor\` | ` +
    `${r.streams.completed}/${r.setup.streams} complete; first token p95 ${formatMs(r.streams.firstToken.p95)}; dashboard p95 ${formatMs(r.dashboard.baseline.p95)} → ${formatMs(r.dashboard.during.p95)}; ` +
    `event-loop p99 ${r.eventLoop.during ? formatMs(r.eventLoop.during.p99) : "–"}; peak RSS ${mib(r.memory.peak)} |`;
  return { section, row };
}
