import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

// One registry per process. Kept on globalThis because Next's dev server re-evaluates modules on every
// edit, and prom-client refuses to register the same metric name twice.
type Metrics = {
  registry: Registry;
  cacheRequests: Counter<"cache" | "result">;
  httpRequestDuration: Histogram<"route" | "method" | "status">;
  jobRuns: Counter<"job" | "mode" | "status">;
  jobDuration: Histogram<"job" | "mode">;
  jobEnqueueFailures: Counter<"event">;
  jobBacklog: Gauge<"kind">;
  dbQueryDuration: Histogram<"role" | "pool" | "operation">;
  dbPoolConnections: Gauge<"role" | "pool" | "state">;
  dbReplicaUp: Gauge<"replica">;
  dbReplicaLag: Gauge<"replica">;
  dbReplicaFailovers: Counter<"replica" | "reason">;
  dbReplicaReadsOnPrimary: Counter<"replica" | "cause">;
};
const globalForMetrics = globalThis as unknown as { ibReviseMetrics?: Metrics };

export type PoolSample = { role: string; pool: string; total: number; idle: number; waiting: number };
const poolSamplers = new Set<() => PoolSample[]>();

export type JobBacklogSample = Record<"emails_pending" | "files_pending" | "imports_running" | "stuck_runs", number>;
let jobBacklogSampler: (() => Promise<JobBacklogSample>) | undefined;

/** Lets the jobs module report queued work at each scrape (it reads the database, which this module must not import). */
export function setJobBacklogSampler(sample: () => Promise<JobBacklogSample>): void {
  jobBacklogSampler = sample;
}

/** Lets the database module report its pools at each scrape without this module importing it. */
export function addPoolSampler(sample: () => PoolSample[]): void {
  poolSamplers.add(sample);
}

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
    dbQueryDuration: new Histogram({
      name: "db_query_duration_seconds",
      help: "Prisma operation duration by pool (primary, or a replica by host:port) and operation",
      labelNames: ["role", "pool", "operation"],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    dbPoolConnections: new Gauge({
      name: "db_pool_connections",
      help: "Connections of each pool by state: in use, idle, and callers waiting for one",
      labelNames: ["role", "pool", "state"],
      registers: [registry],
      collect() {
        this.reset();
        for (const sample of [...poolSamplers].flatMap((s) => s())) {
          const labels = { role: sample.role, pool: sample.pool };
          this.set({ ...labels, state: "in_use" }, sample.total - sample.idle);
          this.set({ ...labels, state: "idle" }, sample.idle);
          this.set({ ...labels, state: "waiting" }, sample.waiting);
        }
      },
    }),
    httpRequestDuration: new Histogram({
      name: "http_request_duration_seconds",
      help: "API request duration by route pattern, method and status",
      labelNames: ["route", "method", "status"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    jobRuns: new Counter({
      name: "job_runs_total",
      help: "Background job runs finished, by job, mode (inline, inngest) and status (succeeded, failed, retried, skipped)",
      labelNames: ["job", "mode", "status"],
      registers: [registry],
    }),
    jobDuration: new Histogram({
      name: "job_run_duration_seconds",
      help: "Duration of background job runs that finished",
      labelNames: ["job", "mode"],
      buckets: [0.01, 0.05, 0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
      registers: [registry],
    }),
    jobEnqueueFailures: new Counter({
      name: "job_enqueue_failures_total",
      help: "Events that could not be handed to the job system (the work is picked up by a sweep)",
      labelNames: ["event"],
      registers: [registry],
    }),
    jobBacklog: new Gauge({
      name: "job_backlog",
      help: "Work waiting for the job system at the scrape, by kind (emails_pending, files_pending, imports_running, stuck_runs)",
      labelNames: ["kind"],
      registers: [registry],
      async collect() {
        this.reset();
        if (!jobBacklogSampler) return;
        // An unreachable database must not fail the whole scrape: the series is simply absent this time.
        const sample = await jobBacklogSampler().catch(() => undefined);
        for (const [kind, value] of Object.entries(sample ?? {})) this.set({ kind }, value);
      },
    }),
    dbReplicaUp: new Gauge({
      name: "db_replica_up",
      help: "1 while the read replica is in rotation, 0 while its reads go to the primary",
      labelNames: ["replica"],
      registers: [registry],
    }),
    dbReplicaLag: new Gauge({
      name: "db_replica_lag_seconds",
      help: "Replay lag of the read replica at its last check (0 when it has replayed all the primary's WAL)",
      labelNames: ["replica"],
      registers: [registry],
    }),
    dbReplicaFailovers: new Counter({
      name: "db_replica_failovers_total",
      help: "Times a read replica was taken out of rotation, by reason (unreachable, not_in_recovery, lag, connection_error)",
      labelNames: ["replica", "reason"],
      registers: [registry],
    }),
    dbReplicaReadsOnPrimary: new Counter({
      name: "db_replica_reads_on_primary_total",
      help: "Reads meant for a replica that the primary served, by cause (out_of_rotation, connection_error, pool_timeout)",
      labelNames: ["replica", "cause"],
      registers: [registry],
    }),
  };
}

export const metrics: Metrics = (globalForMetrics.ibReviseMetrics ??= createMetrics());
