import { AI_ERROR_OUTCOMES } from "@/lib/ai-usage/record-ai-usage";

/** The usage page's window: today (UTC) and the 13 days before it. */
export const AI_USAGE_DAYS = 14;

const DAY_MS = 86_400_000;

/** Midnight (UTC) of the day `now` falls in. */
export const utcMidnight = (now: Date) => new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS);

/** Midnight (UTC) ending today: the window's end (exclusive), so a `now` in the past reads that day's page. */
export const tomorrow = (now: Date) => new Date(utcMidnight(now).getTime() + DAY_MS);

/** The first instant the page counts: midnight (UTC) AI_USAGE_DAYS - 1 days before today's. */
export const windowStart = (now: Date) => new Date(utcMidnight(now).getTime() - (AI_USAGE_DAYS - 1) * DAY_MS);

/** As a text[] parameter for `outcome = ANY(...)`. */
export const errorOutcomes = [...AI_ERROR_OUTCOMES];
