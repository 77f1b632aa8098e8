import { describe, expect, it } from "vitest";
import type { ConnectionStates } from "./db-connections";
import { tutorBenchmarksSection, tutorResultsMarkdown, tutorVerdicts, type TutorStreamsBench } from "./tutor-streams-report";

const states = (active: number, idleInTransaction: number, idle: number, longestTransactionMs = 40): ConnectionStates => ({
  active,
  idleInTransaction,
  idle,
  longestTransactionMs,
  heldBy: idleInTransaction ? { "insert into tutor_threads": idleInTransaction } : {},
});
const run = (over: Partial<TutorStreamsBench> = {}): TutorStreamsBench => ({
  date: "2026-12-07",
  startedAt: new Date("2026-12-07T12:00:00Z"),
  machine: { cores: 2, cpuModel: "AMD EPYC", memoryGiB: 24, node: "v20.20.2", commit: "abc1234", dirtyTree: false },
  database: "ib_revise",
  loadBefore: "0.10, 0.20, 0.30",
  loadAfter: "1.00, 0.50, 0.40",
  buildS: 0,
  setup: { streams: 200, tokensPerAnswer: 300, tokenDelayMs: 25, dashboardIntervalMs: 100, baselineS: 15, replicas: ["127.0.0.1:5433"], poolSize: 10 },
  streams: {
    completed: 200,
    errors: {},
    firstToken: { p50: 100, p95: 300, p99: 400 },
    duration: { p50: 7600, p95: 8000, p99: 8100 },
    shortestMs: 7500,
    wallS: 8.2,
    peakMidAnswer: 200,
    cpu: { appS: 4, loadGeneratorS: 3 },
    streamingWindowS: 7,
  },
  dashboard: { baseline: { p50: 10, p95: 20, p99: 30, requests: 150, errors: 0 }, during: { p50: 15, p95: 35, p99: 60, requests: 80, errors: 0 } },
  eventLoop: { baseline: { p50: 10, p99: 12, max: 15 }, during: { p50: 11, p99: 40, max: 60 }, windows: 30 },
  memory: { before: 300 * 2 ** 20, peak: 500 * 2 ** 20, after: 450 * 2 ** 20, highWater: 500 * 2 ** 20 },
  connections: { streaming: { primary: states(0, 0, 10) }, streamingSamples: 28, wholePhase: { primary: states(3, 2, 10) } },
  problems: [],
  ...over,
});

describe("the tutor streams report", () => {
  it("meets every expectation for a run that held", () => {
    expect(tutorVerdicts(run()).map((v) => v.met)).toEqual([true, true, true, true, true]);
  });

  it("misses on failed streams, a slowed dashboard, a blocked loop and a connection held while streaming", () => {
    const verdicts = tutorVerdicts(
      run({
        streams: { ...run().streams, completed: 190, errors: { "503 tutor_unavailable": 10 } },
        dashboard: { ...run().dashboard, during: { p50: 50, p95: 300, p99: 900, requests: 60, errors: 0 } },
        eventLoop: { baseline: null, during: { p50: 20, p99: 320, max: 900 }, windows: 30 },
        connections: { streaming: { primary: states(0, 1, 10, 8000) }, streamingSamples: 5, wholePhase: { primary: states(3, 2, 10, 8000) } },
      }),
    );
    expect(verdicts.map((v) => v.met)).toEqual([false, false, false, false, true]);
  });

  it("judges connections by the longest transaction, whether or not every answer was streaming at once", () => {
    const v = tutorVerdicts(run({ connections: { streaming: {}, streamingSamples: 0, wholePhase: { primary: states(5, 9, 11, 350) } } }))[3]!;
    expect(v).toMatchObject({ met: true, measured: "longest transaction 350 ms; shortest answer 7500 ms" });
  });

  it("writes the results file and a BENCHMARKS.md section and summary row", () => {
    const markdown = tutorResultsMarkdown(run());
    expect(markdown).toContain("| streams completed | 200 of 200, no errors |");
    expect(markdown).toContain("| what held the app's primary connections, at most at once | 2 × `insert into tutor_threads…` |");
    expect(markdown).toContain(
      "| app's DB connections (primary): peak active / idle in transaction / idle | whole stream phase 3 / 2 / 10, longest transaction 40.0 ms; while every answer was mid-stream (until 1 s before the first ended) 0 / 0 / 10, longest transaction 40.0 ms (28 samples) |",
    );
    const { section, row } = tutorBenchmarksSection(run(), "bench/results/2026-12-07-tutor-streams.md");
    expect(section.startsWith("## Tutor streams (`npm run bench:tutor`, 2026-12-07)")).toBe(true);
    expect(row).toContain("| `npm run bench:tutor` | 200/200 complete;");
  });
});
