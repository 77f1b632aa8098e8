import { z } from "zod";
import { analyticsQuery } from "@/lib/analytics/analytics-query";
import { parseSearchParams } from "@/lib/http/parse-search-params";

export const analyticsTabs = ["activity", "questions", "coverage"] as const;
export type AnalyticsTab = (typeof analyticsTabs)[number];

/** The "see all" lists of the analytics page, each shown in part on the tab it belongs to. */
export const analyticsListTab = {
  weeks: "activity",
  months: "activity",
  daily: "activity",
  courses: "questions",
  topics: "questions",
  "low-success": "questions",
  "gap-courses": "coverage",
  "gap-topics": "coverage",
} as const satisfies Record<string, AnalyticsTab>;
export type AnalyticsList = keyof typeof analyticsListTab;

const fields = {
  ...analyticsQuery.shape,
  tab: z.enum(analyticsTabs).default("activity"),
  list: z.enum(Object.keys(analyticsListTab) as [AnalyticsList, ...AnalyticsList[]]).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
};

/**
 * `?days=&tab=` of the analytics page, or `?days=&list=&page=` for one whole list; a bad value falls back
 * to its default (and is named in `invalid`) rather than failing the page. A list implies its tab.
 */
export function parseAnalyticsPageQuery(params: Record<string, string | string[] | undefined>) {
  const { query, invalid } = parseSearchParams(fields, params);
  return { query: { ...query, tab: query.list ? analyticsListTab[query.list] : query.tab }, invalid };
}
