import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { metrics } from "@/lib/observability/metrics";

export const dynamic = "force-dynamic";

// Digests have one length whatever was sent (any characters, any length), so the comparison neither
// throws nor tells the token's length by its timing.
const digest = (value: string) => createHash("sha256").update(value).digest();
const matches = (given: string, expected: string) => timingSafeEqual(digest(given), digest(expected));

/** Prometheus metrics of this instance, for a scraper holding METRICS_TOKEN; invisible without it. */
export async function GET(request: Request) {
  const token = request.headers.get("authorization")?.replace(/^Bearer /, "") ?? "";
  if (!env.METRICS_TOKEN || !matches(token, env.METRICS_TOKEN)) return new Response("Not found", { status: 404 });
  return new Response(await metrics.registry.metrics(), { headers: { "content-type": metrics.registry.contentType, "cache-control": "no-store" } });
}
