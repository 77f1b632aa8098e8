import { hasMetricsToken } from "@/lib/http/metrics-token";
import { exportJobBacklogMetric } from "@/lib/jobs/job-backlog-metric";
import { metrics } from "@/lib/observability/metrics";

export const dynamic = "force-dynamic";

exportJobBacklogMetric();

/** Prometheus metrics of this instance, for a scraper holding METRICS_TOKEN; invisible without it. */
export async function GET(request: Request) {
  if (!hasMetricsToken(request)) return new Response("Not found", { status: 404 });
  return new Response(await metrics.registry.metrics(), { headers: { "content-type": metrics.registry.contentType, "cache-control": "no-store" } });
}
