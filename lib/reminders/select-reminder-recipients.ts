import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";

/** Reminders go out in the student's 17:00–17:59: after school, with the evening still ahead. */
export const REMINDER_LOCAL_HOUR = 17;
export const RECIPIENT_BATCH_SIZE = 1_000;
/** A longer streak is reported as this long; it bounds the day-by-day walk below. */
export const STREAK_LOOKBACK_DAYS = 365;

export type ReminderRecipient = {
  userId: string;
  email: string;
  name: string | null;
  /** The student's calendar day at `now`, "YYYY-MM-DD": one reminder per student per local day. */
  localDate: string;
  /** Cards due before the student's midnight, counted as the flashcard queue counts them. */
  dueCards: number;
  /** Length of the streak that ends tonight unless they study (active yesterday, not yet today); else null. */
  streakAtRisk: number | null;
};

/**
 * The IANA zones in which `now` falls in the reminder hour, from PostgreSQL's own zone list (which also
 * knows aliases such as Asia/Calcutta), so the batches can match users by zone with a plain equality.
 * A user whose zone PostgreSQL does not know is never matched rather than breaking the batch.
 */
export async function zonesInReminderHour(now: Date): Promise<string[]> {
  const rows = await db.$replica().$queryRaw<{ name: string }[]>(Prisma.sql`
    select name from pg_timezone_names
    where extract(hour from (${now.toISOString()}::timestamptz at time zone name)) = ${REMINDER_LOCAL_HOUR}`);
  return rows.map((r) => r.name);
}

type Row = {
  id: string;
  email: string;
  name: string | null;
  local_date: string;
  due_cards: number;
  active_yesterday: boolean;
  active_today: boolean;
  streak_days: number | null;
};

/**
 * One keyset batch (by user id) of opted-in, active, verified users whose local time is in the reminder
 * hour, with what a reminder would say, in one statement. Per user, every figure is an index range scan
 * of that user's rows: card_states (user_id, due), attempts (user_id, created_at), review_logs
 * (user_id, reviewed_at); the streak is walked back a day at a time with two index probes per day, and
 * only for users whose streak is at risk.
 *
 * Only verified addresses get reminders: a daily email to an address nobody confirmed could be mailing a
 * stranger who was signed up by mistake, and bounces from such addresses hurt delivery for everyone.
 *
 * Stored timestamps are UTC without a zone, so a local day [d, d+1) is
 * `(d::timestamp at time zone tz) at time zone 'UTC'` up to the same for d + 1 (right across DST changes).
 */
export async function selectReminderRecipients({
  now,
  zones,
  after = null,
  limit = RECIPIENT_BATCH_SIZE,
}: {
  now: Date;
  zones: string[];
  after?: string | null;
  limit?: number;
}): Promise<{ recipients: ReminderRecipient[]; nextCursor: string | null; scanned: number }> {
  if (zones.length === 0) return { recipients: [], nextCursor: null, scanned: 0 };
  const at = Prisma.sql`${now.toISOString()}::timestamptz`;
  const dayStart = (day: Prisma.Sql) => Prisma.sql`((${day})::timestamp at time zone c.timezone) at time zone 'UTC'`;
  const activeBetween = (from: Prisma.Sql, to: Prisma.Sql) => Prisma.sql`(
    exists (select 1 from attempts a where a.user_id = c.id and a.created_at >= ${from} and a.created_at < ${to})
    or exists (select 1 from review_logs r where r.user_id = c.id and r.reviewed_at >= ${from} and r.reviewed_at < ${to}))`;

  // Read from a replica: a reminder computed from data a moment old is fine, and the outbox's
  // idempotency key, not this read, is what keeps it to one per day.
  const rows = await db.$replica().$queryRaw<Row[]>(Prisma.sql`
    with candidates as (
      select u.id, u.email, u.name, u.timezone
      from users u
      where u.id > ${after ?? "00000000-0000-0000-0000-000000000000"}::uuid
        and u.status = 'ACTIVE' and u.email_reminders and u.email_verified_at is not null
        and u.timezone = any(${zones}::text[])
      order by u.id
      limit ${limit}
    )
    select c.id, c.email, c.name, d.today::text as local_date, due.n as due_cards, act.yesterday as active_yesterday, act.today as active_today, streak.days as streak_days
    from candidates c
    cross join lateral (select (${at} at time zone c.timezone)::date as today) d
    cross join lateral (
      -- The flashcard queue's scope (lib/flashcards/card-scope-sql.ts): own, not suspended, published, in an enrolled course.
      select count(*)::int as n
      from card_states cs
      left join flashcards f on f.id = cs.flashcard_id
      left join questions q on q.id = cs.question_id
      where cs.user_id = c.id and not cs.suspended
        and cs.due < ${dayStart(Prisma.sql`d.today + 1`)}
        and coalesce(f.status, q.status) = 'PUBLISHED'
        and coalesce(f.course_id, q.course_id) in (select e.course_id from enrolments e where e.user_id = c.id)
    ) due
    cross join lateral (
      select ${activeBetween(dayStart(Prisma.sql`d.today - 1`), dayStart(Prisma.sql`d.today`))} as yesterday,
             ${activeBetween(dayStart(Prisma.sql`d.today`), dayStart(Prisma.sql`d.today + 1`))} as today
    ) act
    left join lateral (
      -- Same definition as lib/dashboard/study-streak.ts: consecutive active local days, here ending yesterday.
      with recursive streak(day) as (
        select d.today - 1
        union all
        select s.day - 1 from streak s
        where s.day > d.today - ${STREAK_LOOKBACK_DAYS}::int
          and ${activeBetween(dayStart(Prisma.sql`s.day - 1`), dayStart(Prisma.sql`s.day`))}
      )
      select count(*)::int as days from streak
    ) streak on act.yesterday and not act.today
    order by c.id`);

  const recipients = rows
    .filter((r) => r.due_cards > 0 || (r.active_yesterday && !r.active_today))
    .map((r) => ({
      userId: r.id,
      email: r.email,
      name: r.name,
      localDate: r.local_date,
      dueCards: r.due_cards,
      streakAtRisk: r.active_yesterday && !r.active_today ? (r.streak_days ?? 1) : null,
    }));
  return { recipients, nextCursor: rows.length === limit ? rows.at(-1)!.id : null, scanned: rows.length };
}
