import { z } from "zod";

// Every event the app sends, with the schema of its data. Both modes validate against these: inline
// mode before running, Inngest mode before sending, so a bad payload fails at the caller.

const uuid = z.uuid();

export const eventSchemas = {
  /** Outbox rows are waiting: deliver due emails now rather than at the next scheduled sweep. */
  "email/outbox.pending": z.object({}),
  /** A written answer was saved (practice or mock): ask the language model for feedback. `userId` keys the per-student limit. */
  "attempt/written.submitted": z.object({ attemptId: uuid, userId: uuid }),
  /** A progress report (PDF) or data export (zip) row was created PENDING: build its content. */
  "file/requested": z.object({ fileId: uuid }),
  /** An admin started a validated bulk import. */
  "content-import/started": z.object({ importId: uuid }),
  /** After a deploy: fill the dashboard cache for recently active students. */
  "dashboard/warm.requested": z.object({ activeWithinDays: z.number().int().min(1).max(90).optional() }),
  /** An assignment is due within a day: email its members who have not handed it in. */
  "assignment/reminder.due": z.object({ assignmentId: uuid }),
  /** Refresh the analytics views now (also runs every 5 minutes). */
  "stats/refresh.requested": z.object({}),
} as const;

export type EventName = keyof typeof eventSchemas;
export type EventData<N extends EventName> = z.output<(typeof eventSchemas)[N]>;

/**
 * What the app enqueues. `id` is the idempotency key: the same id sent twice runs the job once
 * (Inngest deduplicates event ids for 24 h; inline mode checks job_runs).
 */
export type AppEvent<N extends EventName = EventName> = { name: N; data: EventData<N>; id?: string };
