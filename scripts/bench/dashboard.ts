// `npm run bench:dashboard`: the dashboard API on the scale seed, over HTTP against the production build,
// with caching and replicas on vs. off (same build, an env switch), plus a bare route as the ceiling.
// Needs the scale seed in DATABASE_URL's database (npm run seed:scale -- --users 220000 --attempts 5000000).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { env } from "@/lib/env";
import { redis } from "@/lib/redis/redis-client";
import { createSession } from "@/lib/auth/session-store";
import { sessionCookieHeader } from "@/lib/auth/session-cookie";

const PORT = 3210;
const DIST = ".next-bench";
const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 2000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);
const METRICS_TOKEN = "bench-metrics-token-0000000000";

function build() {
  if (fs.existsSync(path.join(DIST, "BUILD_ID")) && !process.argv.includes("--build")) return;
  console.log("building the production app into", DIST);
  const r = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1" } });
  if (r.status !== 0) throw new Error("build failed");
}

async function startServer(extraEnv: Record<string, string>): Promise<ChildProcess> {
  // Its own process group, so stopping it also stops any worker Next starts.
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    env: { ...process.env, NEXT_DIST_DIR: DIST, NODE_ENV: "production", LOG_LEVEL: "warn", METRICS_TOKEN, ...extraEnv },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  for (let i = 0; i < 120; i++) {
    if (
      await fetch(`http://127.0.0.1:${PORT}/api/health`)
        .then((r) => r.ok)
        .catch(() => false)
    )
      return server;
    await new Promise((r) => setTimeout(r, 500));
  }
  server.kill();
  throw new Error("server did not start");
}

async function stop(server: ChildProcess) {
  const exited = new Promise((r) => server.once("exit", r));
  process.kill(-server.pid!, "SIGTERM");
  await exited;
  // The port must be free before the next scenario starts.
  for (
    let i = 0;
    i < 50 &&
    (await fetch(`http://127.0.0.1:${PORT}/api/health`)
      .then(() => true)
      .catch(() => false));
    i++
  )
    await new Promise((r) => setTimeout(r, 100));
}

async function cacheCounts(): Promise<{ hit: number; miss: number }> {
  const text = await (await fetch(`http://127.0.0.1:${PORT}/api/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
  const read = (result: string) => Number(new RegExp(`cache_requests_total\\{cache="dashboard",result="${result}"\\} (\\d+)`).exec(text)?.[1] ?? 0);
  return { hit: read("hit"), miss: read("miss") };
}

type Run = { p50: number; p95: number; p99: number; rps: number; errors: number };

/** Drives the route with rotating student cookies; percentiles come from every response's own time. */
async function load(urlPath: string, cookies: string[], seconds: number): Promise<Run> {
  let next = 0;
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${PORT}${urlPath}`,
        connections: CONNECTIONS,
        duration: seconds,
        requests: [{ method: "GET", setupRequest: (req) => ({ ...req, headers: { ...req.headers, cookie: cookies[next++ % cookies.length]! } }) }],
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), rps: result.requests.average, errors: result.errors + result.non2xx };
}

const ms = (v: number) => `${v.toFixed(1)} ms`;
const row = (name: string, r: Run, extra = "") => `| ${name} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${Math.round(r.rps)} | ${r.errors} | ${extra} |`;

async function main() {
  build();
  const db = new pg.Client({ connectionString: env.DATABASE_URL });
  await db.connect();
  const { rows } = await db.query<{ id: string; email: string; name: string | null }>(
    `select u.id, u.email, u.name from users u where u.email like '%@scale.ib-revise.test' and exists (select 1 from attempts a where a.user_id = u.id) order by u.id limit $1`,
    [STUDENTS],
  );
  await db.end();
  if (rows.length < STUDENTS) throw new Error(`only ${rows.length} scale students with attempts: run npm run seed:scale first`);
  const cookies = await Promise.all(
    rows.map(async (u) =>
      sessionCookieHeader(
        await createSession({ userId: u.id, email: u.email, name: u.name, role: "STUDENT", onboarded: true, userAgent: "bench", ip: "127.0.0.1" }),
      ),
    ),
  );
  console.log(`${cookies.length} signed-in scale students; ${CONNECTIONS} connections, ${SECONDS} s per scenario`);

  let server = await startServer({ CACHE_ENABLED: "true" });
  const bare = await load("/api/health", cookies, Math.max(5, SECONDS / 2));
  await load("/api/v1/dashboard", cookies, SECONDS); // warm-up: fills the cache as a day of use would
  const before = await cacheCounts();
  const cached = await load("/api/v1/dashboard", cookies, SECONDS);
  const after = await cacheCounts();
  await stop(server);
  const hits = after.hit - before.hit;
  const misses = after.miss - before.miss;
  const hitRate = hits + misses ? (100 * hits) / (hits + misses) : 0;

  server = await startServer({ CACHE_ENABLED: "false", DATABASE_REPLICA_URLS: "" });
  const naive = await load("/api/v1/dashboard", cookies, SECONDS);
  await stop(server);

  const date = new Date().toISOString().slice(0, 10);
  const report = [
    `## Dashboard API, ${date}`,
    "",
    `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; scale seed; ${cookies.length} students; ${CONNECTIONS} connections; ${SECONDS} s per scenario; app, PostgreSQL and Redis on one machine.`,
    "",
    "| scenario | p50 | p95 | p99 | req/s | errors | notes |",
    "|---|---|---|---|---|---|---|",
    row("bare route (/api/health)", bare, "framework ceiling"),
    row("dashboard, cache + replicas", cached, `hit rate ${hitRate.toFixed(1)} %`),
    row("dashboard, cache and replicas off", naive, "same build, env switch"),
    "",
    `Throughput: cached ${(cached.rps / Math.max(1, naive.rps)).toFixed(1)}× uncached; cached is ${((100 * cached.rps) / Math.max(1, bare.rps)).toFixed(0)} % of the bare route.`,
    "",
  ].join("\n");
  console.log(`\n${report}`);
  fs.mkdirSync("bench/results", { recursive: true });
  fs.appendFileSync(path.join("bench/results", `${date}-dashboard.md`), `${report}\n`);
}

main()
  .catch((err: Error) => {
    console.error(err.message);
    process.exitCode = 1;
  })
  .finally(() => redis.disconnect());
