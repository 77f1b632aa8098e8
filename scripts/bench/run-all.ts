// `npm run bench [-- --quick] [-- --reuse-build | --rebuild]`: every scaling claim in one run against the
// development database (.env) with the 220K-student scale seed. Builds once into .next-bench, starts
// `next start` with caching and the replica on, runs each scenario with autocannon (the journey with its
// own driver), then the same build with caching and replicas off as the baseline; writes
// bench/results/<date>.md and the "Latest `npm run bench`" section of BENCHMARKS.md.
// BENCH_DURATION_S, BENCH_CONNECTIONS, BENCH_STUDENTS and BENCH_JOURNEY_LEVELS adjust it.
import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { env } from "@/lib/env";
import { runScript } from "../lib/run-script";
import { parseBenchOptions } from "./bench-options";
import { ensureScaleSeed, findReplicaUrls, refuseTestDatabase, SCALE_ATTEMPTS, SCALE_USERS, waitForReplicas } from "./bench-database";
import { BENCH_DIST_DIR, BENCH_PORTS, buildForBench, startServer, stopServer, type BenchServer } from "./bench-server";
import { givePasswords, loadBenchStudents, signInDirectly, signOutEverywhere } from "./bench-students";
import { cursorOfPage, DEEP_PAGE } from "./bench-questions";
import { firstLoadReport, type RouteBundle } from "./bundle-report";
import { QUERY_COUNT_MARK, type QueryCounts } from "./count-queries";
import { clusterOfBackend } from "./cpu-sampler";
import { loadAverage, machineInfo } from "./machine-info";
import { practicePool } from "./practice-pool";
import { measureDirectQuestionPages } from "./question-pages";
import { measureClassAnalytics } from "./class-analytics";
import { runScenarios, type ScenarioContext } from "./server-scenarios";
import { waitForStartupWarm } from "./startup-warm";
import { writeBenchResults } from "./write-results";
import type { BenchReport, ServerKind } from "./bench-report-types";

/** Queries per request for each scenario, counted in a child process configured like the server. */
function countQueries(serverEnv: Record<string, string>, calls: number): QueryCounts {
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/bench/count-queries.ts", `--calls=${calls}`], {
    env: { ...process.env, ...serverEnv, LOG_LEVEL: "error" },
    encoding: "utf8",
    maxBuffer: 64 * 2 ** 20,
  });
  const line = r.stdout.split("\n").find((l) => l.startsWith(QUERY_COUNT_MARK));
  if (r.status !== 0 || !line) throw new Error(`counting queries failed (exit ${r.status}):\n${r.stderr.slice(-2000)}`);
  return JSON.parse(line.slice(QUERY_COUNT_MARK.length)) as QueryCounts;
}

/** The chunks the served HTML of /dashboard loads, against the manifest-derived list the report uses. */
async function checkBundleAgainstHtml(server: BenchServer, cookie: string, routes: RouteBundle[]): Promise<string> {
  const html = await (await fetch(`${server.origin}/dashboard`, { headers: { cookie } })).text();
  const served = new Set([...html.matchAll(/<script src="\/_next\/([^"]+)"(?![^>]*noModule)[^>]*>/g)].map((m) => m[1]!));
  const expected = new Set(routes.find((r) => r.route === "/dashboard")?.chunks ?? []);
  const same = served.size === expected.size && [...served].every((c) => expected.has(c));
  return same
    ? `the served /dashboard HTML loads exactly the ${served.size} chunks the manifests list`
    : `MISMATCH: /dashboard HTML loads ${served.size} chunks, the manifests list ${expected.size}`;
}

async function main() {
  const options = parseBenchOptions(process.argv.slice(2), process.env);
  const database = refuseTestDatabase(env.DATABASE_URL, env.NODE_ENV);
  const startedAt = new Date();
  const loadBefore = loadAverage();
  const machine = machineInfo();
  console.log(
    `[bench] ${options.quick ? "quick" : "full"} run: ${options.durationS} s per scenario, ${options.connections} connections, ${options.students} students; load average ${loadBefore}`,
  );

  const buildS = buildForBench(options.reuseBuild);
  const routes = firstLoadReport(BENCH_DIST_DIR);
  const client = new pg.Client({ connectionString: env.DATABASE_URL, application_name: "ib-revise-bench" });
  await client.connect();
  let studentIds: string[] = [];
  try {
    const seededS = await ensureScaleSeed(client);
    const questionBank = await measureDirectQuestionPages(options.quick ? 50 : 200);
    const classAnalytics = await measureClassAnalytics(client, options.quick ? 10 : 50);
    const replicas = await findReplicaUrls(env.DATABASE_REPLICA_URLS, env.DATABASE_URL);
    await waitForReplicas(client, replicas);
    const { rows: pidRows } = await client.query<{ pid: number }>("select pg_backend_pid() as pid");

    const picked = await loadBenchStudents(client, options.students);
    studentIds = picked.map((s) => s.id);
    await givePasswords(client, studentIds);
    const cachedEnv = { CACHE_ENABLED: "true", DATABASE_REPLICA_URLS: replicas.join(","), JOBS_SCHEDULER: "false" };
    const uncachedEnv = { CACHE_ENABLED: "false", DATABASE_REPLICA_URLS: "", JOBS_SCHEDULER: "false" };
    console.log("[bench] counting database queries per request (in process)");
    const queryCounts: Record<ServerKind, QueryCounts> = {
      cached: countQueries(cachedEnv, options.countCalls),
      uncached: countQueries(uncachedEnv, options.countCalls),
    };
    const ctx: ScenarioContext = {
      options,
      cores: machine.cores,
      cpu: { database, primaryCluster: clusterOfBackend(pidRows[0]!.pid) },
      students: await signInDirectly(picked),
      pool: await practicePool(client),
      deepCursor: await cursorOfPage(null, DEEP_PAGE),
      queryCounts,
      redisUrl: env.REDIS_URL,
      redisKeyPrefix: env.REDIS_KEY_PREFIX,
    };

    // All servers run throughout (an idle one costs next to nothing), so the baseline and the two-instance
    // run can be measured right after the cached dashboard, under the same background load.
    const servers: Partial<Record<ServerKind | "cachedSecond", BenchServer>> = {};
    let results: Awaited<ReturnType<typeof runScenarios>>;
    let htmlCheck: string;
    let startupWarm: string;
    try {
      servers.cached = await startServer("cache + replicas", BENCH_PORTS.cached, cachedEnv);
      startupWarm = await waitForStartupWarm(client);
      console.log(`[bench] ${startupWarm}`);
      servers.uncached = await startServer("cache and replicas off", BENCH_PORTS.uncached, uncachedEnv);
      servers.cachedSecond = await startServer("cache + replicas, second instance", BENCH_PORTS.cachedSecond, cachedEnv);
      htmlCheck = await checkBundleAgainstHtml(servers.cached, ctx.students[0]!.cookie, routes);
      results = await runScenarios(ctx, { cached: servers.cached, uncached: servers.uncached, cachedSecond: servers.cachedSecond });
    } finally {
      for (const server of Object.values(servers)) await stopServer(server);
    }

    const { rows: sizeRows } = await client.query<{ bytes: string }>(
      `select (pg_total_relation_size('attempts') / greatest(1, (select reltuples from pg_class where relname = 'attempts')))::bigint::text as bytes`,
    );
    const report: BenchReport = {
      date: startedAt.toISOString().slice(0, 10),
      startedAt,
      finishedAt: new Date(),
      machine,
      loadBefore,
      loadAfter: loadAverage(),
      options,
      database,
      replicas: replicas.map((u) => new URL(u).host),
      seed: { students: SCALE_USERS, attempts: SCALE_ATTEMPTS, seededS },
      buildS,
      startupWarm,
      questionBank: { total: questionBank.total, withHistory: questionBank.withHistory, direct: questionBank.rows },
      classAnalytics,
      queryCounts,
      scenarios: results.scenarios,
      journeys: results.journeys,
      bundle: { routes, htmlCheck },
      redis: results.redis,
      attemptRowBytes: Number(sizeRows[0]?.bytes ?? 0),
    };
    const written = writeBenchResults(report, { resultsDir: "bench/results", benchmarksFile: "BENCHMARKS.md" });
    console.log(
      `[bench] done in ${((report.finishedAt.getTime() - startedAt.getTime()) / 60_000).toFixed(1)} min: ${written.map((f) => path.relative(process.cwd(), f)).join(", ")}`,
    );
  } finally {
    // Sessions made here and by the sign-ins over HTTP; the students' passwords stay for the next run.
    if (studentIds.length) console.log(`[bench] signed out ${await signOutEverywhere(studentIds)} benchmark sessions`);
    await client.end();
  }
}

runScript(main);
