import { db } from "@/lib/db/prisma";

export type JobActivityPoint = { at: string; finished: number; failed: number };

const BIN_MINUTES = 5;

/**
 * Job runs finished and failed per 5 minutes over the last `minutes` (oldest first, empty bins included),
 * in either job mode, from job_runs. Read from a replica: a health chart can be seconds behind.
 */
export async function loadJobActivity({ minutes = 60, now = Date.now() }: { minutes?: number; now?: number } = {}): Promise<JobActivityPoint[]> {
  const binMs = BIN_MINUTES * 60_000;
  const lastBin = Math.floor(now / binMs) * binMs;
  const firstBin = lastBin - (Math.ceil(minutes / BIN_MINUTES) - 1) * binMs;
  const rows = await db.$replica().$queryRaw<{ bin: Date; finished: number; failed: number }[]>`
    SELECT date_bin(make_interval(mins => ${BIN_MINUTES}), finished_at, timestamp '2000-01-01') AS bin,
           count(*)::int AS finished,
           (count(*) FILTER (WHERE status = 'FAILED'))::int AS failed
    FROM job_runs
    WHERE finished_at >= ${new Date(firstBin)} AND status <> 'RUNNING'
    GROUP BY 1`;
  const byBin = new Map(rows.map((r) => [r.bin.getTime(), r]));
  const points: JobActivityPoint[] = [];
  for (let at = firstBin; at <= lastBin; at += binMs) {
    const row = byBin.get(at);
    points.push({ at: new Date(at).toISOString(), finished: row?.finished ?? 0, failed: row?.failed ?? 0 });
  }
  return points;
}
