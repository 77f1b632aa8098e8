import { Counter, Registry, collectDefaultMetrics } from "prom-client";

// One registry per process. Kept on globalThis because Next's dev server re-evaluates modules on every
// edit, and prom-client refuses to register the same metric name twice.
type Metrics = { registry: Registry; cacheRequests: Counter<"cache" | "result"> };
const globalForMetrics = globalThis as unknown as { ibReviseMetrics?: Metrics };

function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    cacheRequests: new Counter({
      name: "cache_requests_total",
      help: "Cache lookups by cache name and result (hit, miss, error, bypass)",
      labelNames: ["cache", "result"],
      registers: [registry],
    }),
  };
}

export const metrics: Metrics = (globalForMetrics.ibReviseMetrics ??= createMetrics());
