import { db } from "@/lib/db/prisma";
import { loadJobBacklog, type JobBacklog } from "@/lib/jobs/load-job-backlog";

// What the admin sees of background jobs, in either mode, from job_runs and the tables that hold queued
// work. Read from a replica: a few seconds of lag does not matter on a health page.

export type JobFunctionHealth = {
  functionId: string;
  runs: number;
  succeeded: number;
  failed: number;
  running: number;
  p50Ms: number | null;
  p95Ms: number | null;
  lastStartedAt: Date;
};

export type JobFailure = { id: string; functionId: string; eventId: string | null; attempt: number; error: string | null; finishedAt: Date | null };

export type JobHealth = { windowHours: number; functions: JobFunctionHealth[]; recentFailures: JobFailure[]; backlog: JobBacklog };

export async function loadJobHealth({
  windowHours = 24,
  transportConfigured,
}: { windowHours?: number; transportConfigured?: boolean } = {}): Promise<JobHealth> {
  const [functions, recentFailures, backlog] = await Promise.all([
    db.$queryRaw<JobFunctionHealth[]>`
      SELECT function_id AS "functionId",
             count(*)::int AS runs,
             (count(*) FILTER (WHERE status = 'SUCCEEDED'))::int AS succeeded,
             (count(*) FILTER (WHERE status = 'FAILED'))::int AS failed,
             (count(*) FILTER (WHERE status = 'RUNNING'))::int AS running,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY duration_ms) AS "p50Ms",
             percentile_cont(0.95) WITHIN GROUP (ORDER BY duration_ms) AS "p95Ms",
             max(started_at) AS "lastStartedAt"
      FROM job_runs
      WHERE started_at > (now() AT TIME ZONE 'UTC') - make_interval(hours => ${windowHours})
      GROUP BY function_id
      ORDER BY function_id`,
    db.jobRun.findMany({
      where: { status: "FAILED", startedAt: { gt: new Date(Date.now() - windowHours * 3_600_000) } },
      orderBy: { startedAt: "desc" },
      take: 20,
      select: { id: true, functionId: true, eventId: true, attempt: true, error: true, finishedAt: true },
    }),
    loadJobBacklog({ transportConfigured }),
  ]);
  return {
    windowHours,
    functions: functions.map((f) => ({ ...f, p50Ms: f.p50Ms === null ? null : Number(f.p50Ms), p95Ms: f.p95Ms === null ? null : Number(f.p95Ms) })),
    recentFailures,
    backlog,
  };
}
