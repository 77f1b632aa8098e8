import { checkReadiness, publicReadiness } from "@/lib/db/check-readiness";
import { hasMetricsToken } from "@/lib/http/metrics-token";
import { route } from "@/lib/api/route";

// Readiness, for load balancers and orchestrators: 503 only when the primary does not answer. Unlike
// /api/health (liveness, no dependencies), a failing readiness check takes the instance out of the pool
// without restarting it. Anyone sees the verdict; replica addresses, lag and error text only a caller
// with the metrics token.
export const dynamic = "force-dynamic";

export const GET = route({ access: "public" }, async ({ request }) => {
  const readiness = await checkReadiness();
  const body = hasMetricsToken(request) ? readiness : publicReadiness(readiness);
  return Response.json(body, { status: readiness.status === "unready" ? 503 : 200, headers: { "cache-control": "no-store" } });
});
