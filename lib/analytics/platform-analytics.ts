import { cache, type CachePolicy } from "@/lib/cache/cache-aside";
import { getLastRefresh } from "@/lib/analytics/refresh-stats";
import { loadPlatformAnalytics } from "@/lib/analytics/load-platform-analytics";
import type { AnalyticsQuery } from "@/lib/analytics/analytics-query";
import type { PlatformAnalytics } from "@/lib/analytics/platform-analytics-types";

// Platform-wide figures, the same for every admin: the key has no user. The views change at most once
// per refresh (every 5 minutes), so a matching TTL serves them at most one refresh late; nothing
// invalidates the key.
export const analyticsCachePolicy: CachePolicy = { cache: "analytics", ttlSeconds: 5 * 60 };
export const analyticsKey = (days: number) => `analytics:v1:${days}`;

/** The admin analytics for the last `days` UTC days (see PlatformAnalytics), cached in Redis. */
export async function getPlatformAnalytics({ days }: AnalyticsQuery): Promise<PlatformAnalytics> {
  return cache.getOrCompute(analyticsKey(days), analyticsCachePolicy, async () => {
    const lastRefresh = await getLastRefresh();
    return loadPlatformAnalytics(days, lastRefresh?.finishedAt ?? null);
  });
}
