import { db } from "@/lib/db/prisma";

/** After this many failed sends an email is marked FAILED and left for a person to look at. */
export const MAX_ATTEMPTS = 5;
/** A row in SENDING for longer than this belongs to a deliverer that crashed mid-batch. */
export const CLAIM_LEASE_MINUTES = 10;

export type ClaimedEmail = { id: string; to: string; subject: string; html: string; text: string; headers: Record<string, string> | null; attempts: number };

// The columns are `timestamp without time zone` holding UTC (Prisma's convention), so "now" must be UTC
// too: a bare now() would be shifted by the session's TimeZone when compared.
//
// There is no claimed_at column: claiming sets send_after to the claim time, which is otherwise unused
// while a row is SENDING, so it doubles as the lease start.

/**
 * Puts rows stuck in SENDING back to PENDING. The crash may have happened after the SMTP server took the
 * message, so delivery is at-least-once; it counts as an attempt so an email that crashes the deliverer
 * every time still ends as FAILED instead of looping.
 */
export async function reclaimStuckEmails(): Promise<number> {
  return db.$primary().$executeRaw`
    UPDATE email_outbox
    SET status = (CASE WHEN attempts + 1 >= ${MAX_ATTEMPTS} THEN 'FAILED' ELSE 'PENDING' END)::"EmailStatus",
        attempts = attempts + 1,
        last_error = 'deliverer stopped while sending (claim expired)'
    WHERE status = 'SENDING'
      AND send_after < (now() AT TIME ZONE 'UTC') - make_interval(mins => ${CLAIM_LEASE_MINUTES})`;
}

/**
 * Atomically moves up to `limit` due PENDING rows to SENDING and returns them. SKIP LOCKED lets concurrent
 * deliverers each take different rows without waiting on each other, and the single UPDATE means a row
 * is never handed to two of them.
 */
export async function claimDueEmails(limit: number): Promise<ClaimedEmail[]> {
  return db.$primary().$queryRaw<ClaimedEmail[]>`
    UPDATE email_outbox
    SET status = 'SENDING', send_after = (now() AT TIME ZONE 'UTC')
    WHERE id IN (
      SELECT id FROM email_outbox
      WHERE status = 'PENDING' AND send_after <= (now() AT TIME ZONE 'UTC')
      ORDER BY send_after
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id::text, "to", subject, html, text, headers, attempts`;
}
