import { db } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { tomorrow, utcMidnight } from "@/lib/admin/ai/ai-usage-window";

export const ALLOWANCE_LEADERS = 20;

export type AllowanceLeader = { userId: string; email: string; tokensUsed: number; allowance: number; share: number };

/**
 * The students nearest their tutor allowance today: tutor tokens (in + out) recorded in ai_usage since
 * midnight UTC, most first. From ai_usage rather than the Redis counters: those hold reservations in
 * flight too, and cannot be ranked without scanning every key. One query over today's created_at range,
 * read from a replica.
 */
export async function loadAllowanceLeaders({
  now = new Date(),
  allowance = env.TUTOR_DAILY_TOKENS_PER_STUDENT,
  limit = ALLOWANCE_LEADERS,
}: { now?: Date; allowance?: number; limit?: number } = {}): Promise<AllowanceLeader[]> {
  const rows = await db.$replica().$queryRaw<{ userId: string; email: string; tokensUsed: number }[]>`
    SELECT t.user_id::text AS "userId", us.email, t.tokens::float8 AS "tokensUsed"
    FROM (SELECT user_id, sum(input_tokens + output_tokens) AS tokens
          FROM ai_usage
          WHERE created_at >= ${utcMidnight(now)} AND created_at < ${tomorrow(now)}
            AND feature = 'tutor' AND user_id IS NOT NULL
          GROUP BY user_id
          ORDER BY tokens DESC, user_id
          LIMIT ${limit}) t
    JOIN users us ON us.id = t.user_id
    ORDER BY t.tokens DESC, t.user_id`;
  return rows.map((r) => ({ ...r, allowance, share: r.tokensUsed / allowance }));
}
