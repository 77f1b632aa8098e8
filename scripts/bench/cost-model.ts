// What a student population needs, from per-request costs measured by `npm run bench`. Pure arithmetic,
// so every assumption is a named number the reader can change.

export type CostAssumptions = {
  dailyActiveShare: number;
  requestsPerActiveStudentPerDay: number;
  /** Share of a day's requests that arrive in the busiest hour. */
  peakHourShare: number;
  /** Minute-level bursts above the peak hour's mean. */
  burstFactor: number;
  /** Plan CPUs to run at most this busy, so latency stays out of the queueing knee. */
  targetUtilisation: number;
  vcpusPerAppInstance: number;
  /** Connections per pool per app instance (DATABASE_POOL_SIZE). */
  poolSizePerInstance: number;
  /** Live sessions per student (phone + laptop); a session lives 30 days after last use. */
  sessionsPerStudent: number;
  /**
   * Share of the day's active students whose dashboard is cached at the same moment. A dashboard is kept
   * 10 minutes and dropped by the student's next answer, so only students using the app right now have
   * one: those of the peak hour (15 % of the day) times the burst factor.
   */
  cachedDashboardShare: number;
  /** Redis RSS over the sum of MEMORY USAGE (allocator fragmentation, buffers). */
  redisOverhead: number;
};

export const DEFAULT_ASSUMPTIONS: CostAssumptions = {
  dailyActiveShare: 0.3,
  requestsPerActiveStudentPerDay: 60,
  peakHourShare: 0.15,
  burstFactor: 2,
  targetUtilisation: 0.6,
  vcpusPerAppInstance: 2,
  poolSizePerInstance: 10,
  sessionsPerStudent: 1.5,
  cachedDashboardShare: 0.3,
  redisOverhead: 1.5,
};

export type MeasuredCosts = {
  /** Where the per-request costs come from, e.g. "mixed journey, 200 students". */
  source: string;
  appCpuMs: number;
  primaryCpuMs: number;
  replicaCpuMs: number;
  redisCpuMs: number;
  /** cores × 1000 ÷ req/s at saturation: everything on the box, load generator included. */
  wholeBoxMs: number;
  /** Share of requests that record an attempt (the table that grows). */
  answerShare: number;
  sessionBytes: number;
  sessionIndexBytes: number;
  dashboardBytes: number;
  attemptRowBytes: number;
};

export type Sizing = {
  students: number;
  peakRps: number;
  plannedRps: number;
  appVcpus: number;
  appInstances: number;
  primaryVcpus: number;
  replicaVcpus: number;
  appConnections: number;
  redisMiB: number;
  attemptsPerDay: number;
  attemptGiBPerDay: number;
};

/** The next power of two at or above n (database sizes come in 2, 4, 8, 16 … vCPUs), at least 2. */
const instanceSize = (n: number) => Math.max(2, 2 ** Math.ceil(Math.log2(Math.max(n, 1))));

export function sizeFor(students: number, m: MeasuredCosts, a: CostAssumptions = DEFAULT_ASSUMPTIONS): Sizing {
  const active = students * a.dailyActiveShare;
  const daily = active * a.requestsPerActiveStudentPerDay;
  const peakRps = (daily * a.peakHourShare) / 3600;
  const plannedRps = peakRps * a.burstFactor;
  const cores = (msPerRequest: number) => (plannedRps * msPerRequest) / 1000 / a.targetUtilisation;
  const appVcpus = cores(m.appCpuMs);
  // Two instances at least: one can fail or be replaced during a deploy.
  const appInstances = Math.max(2, Math.ceil(appVcpus / a.vcpusPerAppInstance));
  const bytes = students * a.sessionsPerStudent * m.sessionBytes + students * m.sessionIndexBytes + active * a.cachedDashboardShare * m.dashboardBytes;
  const attemptsPerDay = daily * m.answerShare;
  return {
    students,
    peakRps,
    plannedRps,
    appVcpus,
    appInstances,
    primaryVcpus: cores(m.primaryCpuMs),
    replicaVcpus: cores(m.replicaCpuMs),
    // A primary pool and a replica pool per instance.
    appConnections: appInstances * a.poolSizePerInstance * 2,
    redisMiB: (bytes * a.redisOverhead) / 2 ** 20,
    attemptsPerDay,
    attemptGiBPerDay: (attemptsPerDay * m.attemptRowBytes) / 2 ** 30,
  };
}

const n = (v: number, digits = 0) => v.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** The cost-model table for the given populations, with the database sized to whole instances. */
export function costModelTable(m: MeasuredCosts, populations: number[], a: CostAssumptions = DEFAULT_ASSUMPTIONS): string {
  const sizes = populations.map((p) => sizeFor(p, m, a));
  const row = (label: string, cell: (s: Sizing) => string) => `| ${label} | ${sizes.map(cell).join(" | ")} |`;
  return [
    `| | ${sizes.map((s) => `${n(s.students)} students`).join(" | ")} |`,
    `|---|${sizes.map(() => "---").join("|")}|`,
    row("peak-hour mean", (s) => `${n(s.peakRps)} req/s`),
    row(`planned (× ${a.burstFactor} bursts)`, (s) => `${n(s.plannedRps)} req/s`),
    row(
      `app CPU at ${a.targetUtilisation * 100} % busy`,
      (s) => `${n(s.appVcpus, 1)} vCPU → ${s.appInstances} instances of ${a.vcpusPerAppInstance} vCPU (one Node.js process per vCPU)`,
    ),
    row("primary CPU", (s) => `${n(s.primaryVcpus, 1)} vCPU → primary with ${instanceSize(s.primaryVcpus)} vCPU`),
    row("replica CPU (reads)", (s) => `${n(s.replicaVcpus, 1)} vCPU → replica with ${instanceSize(s.replicaVcpus)} vCPU (at least one, for failover)`),
    row("app → PgBouncer connections", (s) => `${n(s.appConnections)} client connections; server pool ≈ 2–3 × database vCPUs`),
    row("Redis memory (sessions + cached dashboards)", (s) => `${n(s.redisMiB)} MiB`),
    row("attempts recorded per day", (s) => `${n(s.attemptsPerDay)} (${n(s.attemptGiBPerDay, 2)} GiB with indexes)`),
  ].join("\n");
}
