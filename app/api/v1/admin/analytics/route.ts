import { route } from "@/lib/api/route";
import { analyticsQuery } from "@/lib/analytics/analytics-query";
import { getPlatformAnalytics } from "@/lib/analytics/platform-analytics";

export const GET = route({ access: ["ADMIN"], query: analyticsQuery }, ({ query }) => getPlatformAnalytics(query));
