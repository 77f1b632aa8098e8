import { z } from "zod";

const DAYS_MESSAGE = "days must be a whole number from 1 to 365";

/** `?days=` of the analytics page and API: the window of the daily series, in UTC days ending today. */
export const analyticsQuery = z.object({
  days: z.coerce.number({ error: DAYS_MESSAGE }).int(DAYS_MESSAGE).min(1, DAYS_MESSAGE).max(365, DAYS_MESSAGE).default(30),
});
export type AnalyticsQuery = z.infer<typeof analyticsQuery>;
