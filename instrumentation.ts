// Runs once when a server instance starts (Next.js instrumentation hook).
export async function register() {
  // Tracing only when a collector is configured (OTEL_EXPORTER_OTLP_ENDPOINT, and the other standard
  // OTEL_* variables the exporter reads itself): without one, no SDK is loaded at all. Next's own spans
  // (each request, route and render) and fetch calls are exported, and W3C traceparent headers are
  // honoured, so a trace continues from the load balancer or a calling service.
  if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT) {
    const { registerOTel } = await import("@vercel/otel");
    registerOTel({ serviceName: process.env.OTEL_SERVICE_NAME || "ib-revise" });
  }
  // The edge runtime has no timers or TCP sockets for the scheduler, Redis or PostgreSQL.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startJobs } = await import("@/lib/workers/start-jobs");
    await startJobs();
    const { startReplicaLagSampling } = await import("@/lib/admin/system/sample-replica-lag");
    startReplicaLagSampling();
  }
}
