import { checkReadiness } from "@/lib/db/check-readiness";
import { route } from "@/lib/http/route";

// Readiness, for load balancers and orchestrators: 503 only when the primary does not answer. Unlike
// /api/health (liveness, no dependencies), a failing readiness check takes the instance out of the pool
// without restarting it.
export const dynamic = "force-dynamic";

export const GET = route({ access: "public" }, async () => {
  const readiness = await checkReadiness();
  return Response.json(readiness, { status: readiness.status === "unready" ? 503 : 200, headers: { "cache-control": "no-store" } });
});
