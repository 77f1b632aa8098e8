import { db } from "@/lib/db/prisma";
import { mailTransportConfigured } from "@/lib/email/mail-transport";

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

/**
 * Work waiting for the job system, for /admin/jobs (from the primary) and the `job_backlog` metric (from a
 * replica: a scrape every few seconds need not load the primary, and seconds of lag do not matter there).
 */
export async function loadJobBacklog({
  from = "primary",
  transportConfigured = mailTransportConfigured(),
}: { from?: "primary" | "replica"; transportConfigured?: boolean } = {}): Promise<JobBacklog> {
  const client = from === "replica" ? db.$replica() : db;
  const [backlog] = await client.$queryRaw<Omit<JobBacklog, "emailsNotSent">[]>`
    SELECT
      (SELECT count(*) FROM email_outbox WHERE status IN ('PENDING', 'SENDING'))::int AS "emailsPending",
      COALESCE((SELECT extract(epoch FROM (now() AT TIME ZONE 'UTC') - min(send_after))
                FROM email_outbox WHERE status = 'PENDING' AND send_after <= (now() AT TIME ZONE 'UTC')), 0)::int AS "oldestEmailWaitSeconds",
      (SELECT count(*) FROM generated_files WHERE status = 'PENDING')::int AS "filesPending",
      (SELECT count(*) FROM content_imports WHERE status = 'IMPORTING')::int AS "importsRunning",
      (SELECT count(*) FROM job_runs WHERE status = 'RUNNING'
         AND started_at < (now() AT TIME ZONE 'UTC') - interval '15 minutes')::int AS "stuckRuns"`;
  const row = backlog!;
  return transportConfigured ? { ...row, emailsNotSent: 0 } : { ...row, emailsPending: 0, oldestEmailWaitSeconds: 0, emailsNotSent: row.emailsPending };
}
