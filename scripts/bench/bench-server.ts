// The production build the benchmarks run against, and the `next start` servers they load.
// Always its own dist dir (.next-bench): a benchmark never replaces a developer's `.next`.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const BENCH_DIST_DIR = ".next-bench";
/** Ports this benchmark may use (3200–3299): one per server kind, so a slow shutdown never collides. */
export const BENCH_PORTS = { cached: 3210, uncached: 3211, cachedSecond: 3212, tutor: 3220, tutorStandIn: 3221 } as const;

export type BenchServer = { name: string; port: number; origin: string; process: ChildProcess; metricsToken: string; logFile: string };

export function benchBuildExists(): boolean {
  return fs.existsSync(path.join(BENCH_DIST_DIR, "BUILD_ID"));
}

/** Builds into .next-bench unless `reuse` and a build is there; returns the seconds it took, 0 when reused. */
export function buildForBench(reuse: boolean): number {
  if (reuse && benchBuildExists()) return 0;
  const started = performance.now();
  console.log(`[bench] building the production app into ${BENCH_DIST_DIR}`);
  const result = spawnSync("npx", ["next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_DIST_DIR: BENCH_DIST_DIR, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status}); see the output above`);
  return (performance.now() - started) / 1000;
}

async function answers(origin: string): Promise<boolean> {
  return fetch(`${origin}/api/health`).then(
    (r) => r.ok,
    () => false,
  );
}

/**
 * Starts `next start` on the bench build. Its own process group, so stopping it also stops any worker
 * Next forks. `env` is laid over the current environment (.env, loaded by the npm script).
 */
export async function startServer(
  name: string,
  port: number,
  env: Record<string, string>,
  { distDir = BENCH_DIST_DIR }: { distDir?: string } = {},
): Promise<BenchServer> {
  const origin = `http://127.0.0.1:${port}`;
  if (await answers(origin)) throw new Error(`port ${port} is already serving: stop that server first`);
  // The server's /api/metrics answers only with a token: .env's when it has one, else one for this run.
  const metricsToken = env.METRICS_TOKEN || process.env.METRICS_TOKEN || `bench-${randomBytes(16).toString("hex")}`;
  // Warnings and errors (pino JSON on stdout) go to a file, so the report can say why requests failed.
  const logFile = path.join(distDir, `server-${port}.log`);
  const log = fs.openSync(logFile, "w");
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NEXT_DIST_DIR: distDir,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "warn",
      METRICS_TOKEN: metricsToken,
      ...env,
    },
    stdio: ["ignore", log, "inherit"],
    detached: true,
  });
  fs.closeSync(log);
  const server = { name, port, origin, process: child, metricsToken, logFile };
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  for (let i = 0; i < 240; i++) {
    if (await answers(origin)) return server;
    const code = await Promise.race([exited, new Promise<"waiting">((r) => setTimeout(() => r("waiting"), 250))]);
    if (code !== "waiting") throw new Error(`the ${name} server exited with code ${code} before answering`);
  }
  await stopServer(server);
  throw new Error(`the ${name} server did not answer /api/health within 60 s`);
}

export async function stopServer(server: BenchServer): Promise<void> {
  if (server.process.exitCode !== null || server.process.signalCode !== null) return;
  const exited = new Promise((r) => server.process.once("exit", r));
  try {
    process.kill(-server.process.pid!, "SIGTERM");
  } catch {
    return; // already gone
  }
  const timedOut = await Promise.race([exited.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), 10_000))]);
  if (timedOut) process.kill(-server.process.pid!, "SIGKILL");
  // The port must be free before another server starts on it.
  for (let i = 0; i < 50 && (await answers(server.origin)); i++) await new Promise((r) => setTimeout(r, 100));
}

export type LoggedProblem = { level: "warn" | "error"; message: string; count: number };

/** The server's warnings and errors so far, grouped by message (with the error's own message), most frequent first. */
export function loggedProblems(server: BenchServer, from = 0): { problems: LoggedProblem[]; offset: number } {
  const text = fs.readFileSync(server.logFile, "utf8");
  const counts = new Map<string, LoggedProblem>();
  for (const line of text.slice(from).split("\n")) {
    let entry: { level?: number; msg?: string; err?: string | { message?: string } };
    try {
      entry = JSON.parse(line) as typeof entry;
    } catch {
      continue; // Next's own start-up lines are not JSON
    }
    if ((entry.level ?? 0) < 40) continue;
    const err = typeof entry.err === "string" ? entry.err : entry.err?.message;
    const message = `${entry.msg ?? "(no message)"}${err ? `: ${err.split("\n")[0]!.slice(0, 160)}` : ""}`;
    const level = (entry.level ?? 0) >= 50 ? "error" : "warn";
    const key = `${level} ${message}`;
    const seen = counts.get(key) ?? { level, message, count: 0 };
    seen.count += 1;
    counts.set(key, seen);
  }
  return { problems: [...counts.values()].sort((a, b) => b.count - a.count), offset: text.length };
}
