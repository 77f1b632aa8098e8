import fs from "node:fs";
import path from "node:path";
import type pg from "pg";
import { BENCH_DIST_DIR } from "./bench-server";

/**
 * A production server warms up to 5 000 recently active students' dashboards once per build, right
 * after it starts (lib/workers/start-jobs.ts). Measuring while that runs would charge its queries to the
 * scenarios, so the benchmark waits for it; a later server of the same build skips it (the event id is
 * the build id). Returns what happened, for the report.
 */
export async function waitForStartupWarm(client: pg.Client, timeoutS = 300): Promise<string> {
  const buildId = fs.readFileSync(path.join(BENCH_DIST_DIR, "BUILD_ID"), "utf8").trim();
  const started = performance.now();
  for (;;) {
    const { rows } = await client.query<{ status: string; duration_ms: number | null }>(
      `select status, duration_ms from job_runs where function_id = 'warm-dashboards' and event_id = $1 order by started_at desc limit 1`,
      [`warm-dashboards:${buildId}`],
    );
    const waited = (performance.now() - started) / 1000;
    const run = rows[0];
    if (run && run.status !== "RUNNING")
      return `the start-up dashboard warm job for this build ${run.status.toLowerCase()} in ${((run.duration_ms ?? 0) / 1000).toFixed(0)} s; measured after it`;
    // The job is enqueued as the server starts; no row after a while means it was not started.
    if (!run && waited > 15) return "no start-up dashboard warm job ran";
    if (waited > timeoutS) throw new Error(`the start-up dashboard warm job was still running after ${timeoutS} s`);
    await new Promise((r) => setTimeout(r, 1_000));
  }
}
