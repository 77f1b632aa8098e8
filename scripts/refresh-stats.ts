// Refreshes the admin analytics views (lib/analytics/refresh-stats.ts): once, or on a schedule with
// `--every 5m` (also 30s, 1h) until stopped. The `refresh-stats` background job already does this every
// 5 minutes; this is for an operator who wants fresh figures now. The Redis lock lets one refresh at a time.
//   tsx --env-file-if-exists=.env scripts/refresh-stats.ts [--every 5m]

import { refreshStats, type RefreshSummary } from "@/lib/analytics/refresh-stats";
import { runScript } from "./lib/run-script";

const UNITS_MS = { s: 1_000, m: 60_000, h: 3_600_000 } as const;

function parseEvery(args: string[]): number | null {
  const i = args.indexOf("--every");
  if (i < 0) return null;
  const match = /^(\d+)(s|m|h)$/.exec(args[i + 1] ?? "");
  const ms = match ? Number(match[1]) * UNITS_MS[match[2] as keyof typeof UNITS_MS] : 0;
  if (ms < 10_000) throw new Error(`--every needs a duration of at least 10s, like 30s, 5m or 1h (got "${args[i + 1] ?? ""}")`);
  return ms;
}

function report(summary: RefreshSummary): boolean {
  if (summary.status === "skipped") {
    console.log(`skipped: ${summary.reason === "locked" ? "another refresh is running" : "Redis is unavailable"}`);
    return true;
  }
  for (const v of summary.views) console.log(`${v.view.padEnd(24)} ${v.ok ? `${v.ms} ms` : `FAILED ${v.error}`}`);
  console.log(`refreshed in ${summary.totalMs} ms`);
  return summary.views.every((v) => v.ok);
}

async function main() {
  const everyMs = parseEvery(process.argv.slice(2));
  if (everyMs === null) {
    if (!report(await refreshStats())) process.exitCode = 1;
    return;
  }
  let stopping = false;
  let wake: () => void = () => undefined;
  const stop = () => {
    stopping = true;
    wake();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  while (!stopping) {
    const started = Date.now();
    try {
      report(await refreshStats());
    } catch (err) {
      console.error("refresh failed:", (err as Error).message); // keep the schedule: the next run may succeed
    }
    if (stopping) break;
    const delay = Math.max(0, everyMs - (Date.now() - started));
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, delay);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}

runScript(main);
