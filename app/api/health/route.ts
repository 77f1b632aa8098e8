// Liveness: answers without touching any dependency, so a slow database never gets a healthy
// instance killed. Readiness (database, replicas, Redis) is a separate check.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
