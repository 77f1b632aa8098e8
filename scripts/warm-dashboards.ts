// `npm run cache:warm -- [--hours 24] [--limit 50000] [--concurrency 8]`: computes and caches the dashboards
// of students active in the last N hours (see lib/dashboard/warm-dashboards.ts). Run it after a deploy
// or a Redis flush, or on a schedule shortly before the evening peak.
import { parseArgs } from "node:util";
import { z } from "zod";

import { warmDashboards } from "@/lib/dashboard/warm-dashboards";
import { runScript } from "./lib/run-script";

const options = z.object({
  hours: z.coerce
    .number()
    .positive("--hours must be a positive number")
    .max(24 * 90, "--hours must be at most 2160 (90 days)")
    .default(24),
  limit: z.coerce.number().int("--limit must be a whole number").min(1, "--limit must be at least 1").max(1_000_000).default(50_000),
  concurrency: z.coerce.number().int("--concurrency must be a whole number").min(1).max(64, "--concurrency must be at most 64").default(8),
});

async function main() {
  const { values } = parseArgs({ options: { hours: { type: "string" }, limit: { type: "string" }, concurrency: { type: "string" } } });
  const parsed = options.safeParse(values);
  if (!parsed.success)
    throw new Error(`${parsed.error.issues.map((i) => i.message).join("; ")}\nusage: npm run cache:warm -- [--hours 24] [--limit 50000] [--concurrency 8]`);
  const { hours, limit, concurrency } = parsed.data;

  console.log(`Warming dashboards of students active in the last ${hours} h (at most ${limit}, ${concurrency} at a time)…`);
  const r = await warmDashboards({ hours, limit, concurrency });
  const perSecond = r.ms ? Math.round((r.warmed * 1000) / r.ms) : 0;
  console.log(
    `${r.candidates} active students: ${r.warmed} dashboards computed, ${r.alreadyCached} already cached, ${r.failed} failed, ` +
      `in ${(r.ms / 1000).toFixed(1)} s (${perSecond} computed per second).`,
  );
  if (r.failed) process.exitCode = 1;
}

runScript(main);
