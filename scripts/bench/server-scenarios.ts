// The scenarios run against each server, in order, with what each one reports.
import type { QueryCounts } from "./count-queries";
import type { CpuContext, CpuUse } from "./cpu-sampler";
import { BENCH_COURSE, DEEP_PAGE, PAGE_SIZE } from "./bench-questions";
import type { BenchServer } from "./bench-server";
import { forgetDashboards, type BenchStudent } from "./bench-students";
import type { BenchOptions } from "./bench-options";
import { measureAttemptSubmission, measureGet, measureSignIn, warmDashboards, type LoadTarget } from "./http-scenarios";
import { runJourneyLoad } from "./journey-load";
import { describeCaches, observeRun } from "./observe-run";
import type { PracticePool } from "./practice-pool";
import { redisFootprint, type KeyFootprint } from "./redis-footprint";
import type { LoadResult } from "./run-load";
import type { JourneyResult, ScenarioResult, ServerKind } from "./bench-report-types";

const SIGN_IN_CONNECTIONS = 20;
const LIGHT_CONNECTIONS = 4;

export type ScenarioContext = {
  options: BenchOptions;
  cores: number;
  cpu: Omit<CpuContext, "appPgids">;
  students: BenchStudent[];
  pool: PracticePool;
  deepCursor: string;
  queryCounts: Record<ServerKind, QueryCounts>;
  redisUrl: string;
  redisKeyPrefix: string;
};

/** Share of the machine that other work took during a run, when it is enough to skew the figures. */
function otherWorkNote(cpu: CpuUse | null): string[] {
  if (!cpu) return [];
  const share = cpu.ms["everything else"] / (cpu.seconds * 1000 * cpu.cores);
  return share > 0.1 ? [`other work took ${(100 * share).toFixed(0)} % of the machine meanwhile: understated`] : [];
}

function recorder(ctx: ScenarioContext, servers: BenchServer[], kind: ServerKind, into: ScenarioResult[]) {
  const d = ctx.options.durationS;
  return async (key: ScenarioResult["key"], name: string, connections: number, countLabel: string, run: () => Promise<LoadResult>, notes: string[] = []) => {
    console.log(`[bench] ${name} (${connections} connections, ${d} s)`);
    const o = await observeRun(servers, ctx.cpu, ctx.cores, "dashboard", run);
    notes.push(...otherWorkNote(o.cpu));
    const cache = key.startsWith("dashboard") ? { ...o.cache, label: "dashboard cache" } : { ...o.allCaches, label: "all caches" };
    const unexpected = Object.entries(o.value.statuses).filter(([status]) => !status.startsWith("2") && !(key === "sign-in" && status === "302"));
    if (unexpected.length) notes.push(`statuses: ${unexpected.map(([status, n]) => `${status} × ${n}`).join(", ")}`);
    if (o.value.socketErrors) notes.push(`${o.value.socketErrors} socket errors or timeouts`);
    if (o.value.rejected) notes.push(`${o.value.rejected} responses not accepted`);
    if (Object.keys(o.caches).length) notes.push(`cache lookups: ${describeCaches(o.caches)}`);
    const count = ctx.queryCounts[kind][countLabel];
    into.push({
      key,
      name,
      server: kind,
      connections,
      load: o.value,
      cache,
      cpu: o.cpu,
      queries: count?.calls ? count.queries / count.calls : null,
      problems: o.problems,
      notes,
    });
    return o.value;
  };
}

/**
 * Every scenario, in an order that keeps comparisons fair on a shared machine: the bare route, the warm
 * dashboard, then at once the same dashboard on the baseline server (so background load from other work
 * is as alike as it can be), then the rest with caching and the replica on, the journey last.
 */
export async function runScenarios(
  ctx: ScenarioContext,
  servers: Record<ServerKind | "cachedSecond", BenchServer>,
): Promise<{ scenarios: ScenarioResult[]; journeys: JourneyResult[]; redis: KeyFootprint[] }> {
  const { options, students, pool } = ctx;
  const d = options.durationS;
  const cookies = students.map((s) => s.cookie);
  const server = servers.cached;
  const target = (connections = options.connections, on = server): LoadTarget => ({ origin: on.origin, connections, durationS: d });
  const scenarios: ScenarioResult[] = [];
  const record = recorder(ctx, [server], "cached", scenarios);
  const recordBaseline = recorder(ctx, [servers.uncached], "uncached", scenarios);
  const recordPair = recorder(ctx, [server, servers.cachedSecond], "cached", scenarios);

  await measureGet({ ...target(), durationS: Math.min(d, 5) }, "/api/health", cookies); // JIT warm-up
  await record("bare", "bare route (/api/health)", options.connections, "bare route", () => measureGet(target(), "/api/health", cookies), [
    "framework ceiling: a constant JSON route",
  ]);
  console.log(`[bench] warming the dashboard cache (${cookies.length} students)`);
  await warmDashboards(server.origin, cookies);
  const dashboard = await record("dashboard", "dashboard API, warm (cache + replicas)", options.connections, "dashboard", () =>
    measureGet(target(), "/api/v1/dashboard", cookies),
  );
  await record(
    "dashboard-light",
    "dashboard API, warm, light load",
    LIGHT_CONNECTIONS,
    "dashboard",
    () => measureGet(target(LIGHT_CONNECTIONS), "/api/v1/dashboard", cookies),
    ["below saturation: what one request costs without queueing"],
  );
  // Now, while every student has a session and a cached dashboard (answers later drop dashboards).
  const redis = await redisFootprint(ctx.redisUrl, ctx.redisKeyPrefix);
  // Two instances behind the load generator: is the ceiling this machine, or one Node.js event loop?
  const pair = [target(options.connections / 2), target(options.connections / 2, servers.cachedSecond)];
  await measureGet({ ...pair[1]!, durationS: Math.min(d, 5) }, "/api/v1/dashboard", cookies); // JIT warm-up
  await recordPair(
    "dashboard-two-instances",
    "dashboard API, warm, 2 app instances",
    options.connections,
    "dashboard",
    () => measureGet(pair, "/api/v1/dashboard", cookies),
    ["half the connections to each of two next start processes"],
  );
  const baseline = target(options.connections, servers.uncached);
  await measureGet({ ...baseline, durationS: Math.min(d, 5) }, "/api/v1/dashboard", cookies); // JIT warm-up
  await recordBaseline(
    "dashboard-uncached",
    "dashboard API, cache and replicas off",
    options.connections,
    "dashboard",
    () => measureGet(baseline, "/api/v1/dashboard", cookies),
    ["same build, env switch"],
  );

  const questions = `/api/v1/questions?course=${BENCH_COURSE}&limit=${PAGE_SIZE}`;
  await record("questions-page-1", "question list, page 1 (keyset)", options.connections, "questions page 1", () => measureGet(target(), questions, cookies));
  await record("questions-page-500", `question list, page ${DEEP_PAGE} (saved cursor)`, options.connections, `questions page ${DEEP_PAGE}`, () =>
    measureGet(target(), `${questions}&cursor=${ctx.deepCursor}`, cookies),
  );
  const attemptNotes: string[] = [];
  await record(
    "attempt",
    "attempt submission (POST practice answer)",
    options.connections,
    "attempt submission",
    async () => {
      const r = await measureAttemptSubmission(target(), students, pool, Math.max(300, dashboard.rps));
      attemptNotes.push(`${r.sets} practice sets of 30 numeric questions${r.setsExhausted ? "; RAN OUT OF SETS, later answers were repeats" : ""}`);
      return r;
    },
    attemptNotes,
  );
  await record("sign-in", "sign-in (credentials, argon2id)", SIGN_IN_CONNECTIONS, "sign-in", () => measureSignIn(target(SIGN_IN_CONNECTIONS), students), [
    "next-auth credentials callback; served = 302 with a session cookie",
  ]);

  const journeys: JourneyResult[] = [];
  for (const level of options.journeyLevels) {
    console.log(`[bench] student journey, ${level} concurrent students (${d} s)`);
    await forgetDashboards(students.map((s) => s.id));
    await new Promise((r) => setTimeout(r, 2_000));
    const o = await observeRun([server], ctx.cpu, ctx.cores, "dashboard", () => runJourneyLoad(server.origin, students, level, d));
    journeys.push({ load: o.value, cpu: o.cpu, dashboardCache: o.cache, caches: describeCaches(o.caches), problems: o.problems });
  }
  return { scenarios, journeys, redis };
}
