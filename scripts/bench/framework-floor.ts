// `npm run bench:floor [-- --reuse-build]`: the framework's share of a request, in one run. The same warm
// dashboards are served three ways over HTTP with autocannon: by a plain Node http server doing only our
// own work (floor-server.ts: cookie → session → cached JSON), by the app's bare route (/api/health) and by
// the app's dashboard API. Reports each as a fraction of the floor, and the warm dashboard as a fraction of
// the bare route (#20 asks ≥ 80 %). Uses the development database (.env); makes its own students and
// deletes them. BENCH_CONNECTIONS (64), BENCH_DURATION_S (15) and BENCH_STUDENTS (200) adjust it.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { runScript } from "../lib/run-script";
import { refuseTestDatabase } from "./bench-database";
import { BENCH_PORTS, buildForBench, startServer, stopServer } from "./bench-server";
import { BENCH_STUDENT_COURSES, createBenchStudents, deleteBenchStudents } from "./floor-students";
import { measureGet, warmDashboards } from "./http-scenarios";
import { formatMs } from "./latency-stats";
import { loadAverage, machineInfo } from "./machine-info";
import type { LoadResult } from "./run-load";

const FLOOR_PORT = 3230;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 15);
const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 200);

async function startFloor(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/bench/floor-server.ts", String(FLOOR_PORT)], {
    env: { ...process.env, NODE_ENV: "production", LOG_LEVEL: "warn", CACHE_ENABLED: "true" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("listening") && resolve());
    child.once("exit", (code) => reject(new Error(`the floor server exited with code ${code}`)));
  });
  return child;
}

const row = (name: string, r: LoadResult, floor: LoadResult) =>
  `| ${name} | ${r.rps.toFixed(0)} | ${formatMs(r.p50)} | ${formatMs(r.p95)} | ${formatMs(r.p99)} | ${r.errors} | ${((100 * r.rps) / floor.rps).toFixed(0)} % |`;

async function main() {
  refuseTestDatabase(env.DATABASE_URL, env.NODE_ENV);
  const startedAt = new Date();
  const loadBefore = loadAverage();
  buildForBench(process.argv.includes("--reuse-build"));
  const { students, cookies } = await createBenchStudents(STUDENTS, "floor");
  let floor: ChildProcess | null = null;
  const app = await startServer("app", BENCH_PORTS.cached, { CACHE_ENABLED: "true", JOBS_SCHEDULER: "false" });
  try {
    floor = await startFloor();
    await warmDashboards(app.origin, cookies);
    const floorOrigin = `http://127.0.0.1:${FLOOR_PORT}`;
    // Correctness first: the floor and the app send the same bytes for the same student.
    const [fromFloor, fromApp] = await Promise.all(
      [floorOrigin, app.origin].map(async (origin) => (await fetch(`${origin}/api/v1/dashboard`, { headers: { cookie: cookies[0]! } })).text()),
    );
    if (fromFloor !== fromApp) throw new Error("the floor server and the app sent different dashboards");

    const target = (origin: string, durationS = DURATION_S) => ({ origin, connections: CONNECTIONS, durationS });
    const measure = async (name: string, origin: string, route: string) => {
      await measureGet(target(origin, 3), route, cookies); // warm-up: JIT, connections
      console.log(`[bench:floor] ${name} (${CONNECTIONS} connections, ${DURATION_S} s)`);
      return measureGet(target(origin), route, cookies);
    };
    const floorResult = await measure("plain Node floor", floorOrigin, "/api/v1/dashboard");
    const bare = await measure("app bare route", app.origin, "/api/health");
    const dashboard = await measure("app dashboard API, warm", app.origin, "/api/v1/dashboard");

    const m = machineInfo();
    const markdown = [
      `# The framework's share of a request (${startedAt.toISOString().slice(0, 10)})`,
      "",
      `${m.cores} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, commit ${m.commit}${m.dirtyTree ? " (uncommitted changes)" : ""}; load average before ${loadBefore}.`,
      `\`npm run bench:floor\`: ${STUDENTS} students of ${BENCH_STUDENT_COURSES.length} courses, dashboards warm in Redis, ${CONNECTIONS} connections, ${DURATION_S} s per server,`,
      "each request as the next student; app = `next start` of the production build (cache on), floor = `scripts/bench/floor-server.ts`",
      "(the same cookie → session → cached JSON code, no framework). The two sent identical bytes for the same student.",
      "",
      "| server | req/s | p50 | p95 | p99 | errors | of the floor |",
      "|---|---|---|---|---|---|---|",
      row("plain Node floor (session + cached dashboard)", floorResult, floorResult),
      row("app: bare route `/api/health`", bare, floorResult),
      row("app: dashboard API, warm", dashboard, floorResult),
      "",
      `Warm dashboard = ${((100 * dashboard.rps) / bare.rps).toFixed(0)} % of the bare route (#20's target: ≥ 80 %).`,
      "",
    ].join("\n");
    const file = path.join("bench/results", `${startedAt.toISOString().slice(0, 10)}-floor.md`);
    fs.writeFileSync(file, markdown);
    console.log(markdown);
    console.log(`[bench:floor] written to ${file}`);
  } finally {
    floor?.kill();
    await stopServer(app);
    await deleteBenchStudents(students);
  }
}

runScript(main);
