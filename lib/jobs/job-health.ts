import { db } from "@/lib/db/prisma";
import { mailTransportConfigured } from "@/lib/email/mail-transport";

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

export type JobBacklog = {
  /** Emails queued for a transport that will send them. */
  emailsPending: number;
  /**
   * Emails queued while no mail transport is configured: nothing will ever send them, so they are not
   * a backlog. Admins read them in the outbox.
   */
  emailsNotSent: number;
  /** Seconds the oldest due, unsent email has waited; 0 when none. */
  oldestEmailWaitSeconds: number;
  filesPending: number;
  importsRunning: number;
  /** Runs still RUNNING after 15 minutes: a crashed process or a hung step. */
  stuckRuns: number;
};

export type JobHealth = { windowHours: number; functions: JobFunctionHealth[]; recentFailures: JobFailure[]; backlog: JobBacklog };

export async function loadJobHealth({ windowHours = 24, transportConfigured = mailTransportConfigured() }: { windowHours?: number; transportConfigured?: boolean } = {}): Promise<JobHealth> {
  const [functions, recentFailures, [backlog]] = await Promise.all([
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
    db.$queryRaw<Omit<JobBacklog, "emailsNotSent">[]>`
      SELECT
        (SELECT count(*) FROM email_outbox WHERE status IN ('PENDING', 'SENDING'))::int AS "emailsPending",
        COALESCE((SELECT extract(epoch FROM (now() AT TIME ZONE 'UTC') - min(send_after))
                  FROM email_outbox WHERE status = 'PENDING' AND send_after <= (now() AT TIME ZONE 'UTC')), 0)::int AS "oldestEmailWaitSeconds",
        (SELECT count(*) FROM generated_files WHERE status = 'PENDING')::int AS "filesPending",
        (SELECT count(*) FROM content_imports WHERE status = 'IMPORTING')::int AS "importsRunning",
        (SELECT count(*) FROM job_runs WHERE status = 'RUNNING'
           AND started_at < (now() AT TIME ZONE 'UTC') - interval '15 minutes')::int AS "stuckRuns"`,
  ]);
  return {
    windowHours,
    functions: functions.map((f) => ({ ...f, p50Ms: f.p50Ms === null ? null : Number(f.p50Ms), p95Ms: f.p95Ms === null ? null : Number(f.p95Ms) })),
    recentFailures,
    backlog: transportConfigured ? { ...backlog!, emailsNotSent: 0 } : { ...backlog!, emailsPending: 0, oldestEmailWaitSeconds: 0, emailsNotSent: backlog!.emailsPending },
  };
}
