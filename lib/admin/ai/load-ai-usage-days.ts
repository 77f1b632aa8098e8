import { db } from "@/lib/db/prisma";
import { aiPricesFromEnv, type AiPrices, type ModelPrice } from "@/lib/admin/ai/ai-prices";
import { errorOutcomes, tomorrow, windowStart } from "@/lib/admin/ai/ai-usage-window";

export type AiUsageDay = {
  /** The UTC day, `YYYY-MM-DD`. */
  day: string;
  feature: string;
  requests: number;
  inputTokens: number;
  outputTokens: number;
  errors: number;
  p50Ms: number;
  p95Ms: number;
  /** Tokens times the configured prices: an estimate, not the provider's bill. */
  estimatedCost: number;
};

/** A model named twice keeps its last price, as in a map (and joins to one row). */
const oneEach = (models: ModelPrice[]) => [...new Map(models.map((m) => [m.model, m])).values()];

type Row = Omit<AiUsageDay, "day"> & { day: Date };

/**
 * Model calls per UTC day and feature over the window (newest day first; days without calls are
 * absent). One query over a created_at range; cost is priced per row's model in SQL (a model without a
 * price of its own gets the default), so no per-model breakdown leaves the database. Read from a
 * replica: a usage page can be seconds behind.
 */
export async function loadAiUsageDays({ now = new Date(), prices = aiPricesFromEnv() }: { now?: Date; prices?: AiPrices } = {}): Promise<AiUsageDay[]> {
  const rows = await db.$replica().$queryRaw<Row[]>`
    WITH prices AS (
      SELECT model, "in" AS price_in, "out" AS price_out
      FROM jsonb_to_recordset(${JSON.stringify(oneEach(prices.models))}::jsonb) AS p(model text, "in" float8, "out" float8)
    )
    SELECT date_trunc('day', u.created_at) AS day,
           u.feature,
           count(*)::int AS requests,
           sum(u.input_tokens)::float8 AS "inputTokens",
           sum(u.output_tokens)::float8 AS "outputTokens",
           (count(*) FILTER (WHERE u.outcome = ANY(${errorOutcomes}::text[])))::int AS errors,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY u.latency_ms)::float8 AS "p50Ms",
           percentile_cont(0.95) WITHIN GROUP (ORDER BY u.latency_ms)::float8 AS "p95Ms",
           (sum(u.input_tokens * coalesce(p.price_in, ${prices.defaults.in}::float8)
              + u.output_tokens * coalesce(p.price_out, ${prices.defaults.out}::float8)) / 1e6)::float8 AS "estimatedCost"
    FROM ai_usage u
    LEFT JOIN prices p ON p.model = u.model
    WHERE u.created_at >= ${windowStart(now)} AND u.created_at < ${tomorrow(now)}
    GROUP BY 1, 2
    ORDER BY 1 DESC, 2`;
  return rows.map((r) => ({ ...r, day: r.day.toISOString().slice(0, 10) }));
}
