import { timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { metrics } from "@/lib/observability/metrics";

export const dynamic = "force-dynamic";

const matches = (given: string, expected: string) => given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));

/** Prometheus metrics of this instance, for a scraper holding METRICS_TOKEN; invisible without it. */
export async function GET(request: Request) {
  const token = request.headers.get("authorization")?.replace(/^Bearer /, "") ?? "";
  if (!env.METRICS_TOKEN || !matches(token, env.METRICS_TOKEN)) return new Response("Not found", { status: 404 });
  return new Response(await metrics.registry.metrics(), { headers: { "content-type": metrics.registry.contentType, "cache-control": "no-store" } });
}
