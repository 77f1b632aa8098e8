import type { ClassAnalyticsBench } from "./class-analytics-markdown";
import type { BenchOptions } from "./bench-options";
import type { RouteBundle } from "./bundle-report";
import type { CacheUse } from "./cache-counters";
import type { LoggedProblem } from "./bench-server";
import type { QueryCounts } from "./count-queries";
import type { CpuUse } from "./cpu-sampler";
import type { JourneyLoadResult } from "./journey-load";
import type { KeyFootprint } from "./redis-footprint";
import type { LoadResult } from "./run-load";
import type { MachineInfo } from "./machine-info";
import type { DirectPageRow } from "./question-pages";

export type ServerKind = "cached" | "uncached";

export type ScenarioResult = {
  key:
    | "bare"
    | "dashboard"
    | "dashboard-light"
    | "dashboard-two-instances"
    | "dashboard-uncached"
    | "questions-page-1"
    | "questions-page-500"
    | "attempt"
    | "sign-in";
  name: string;
  server: ServerKind;
  connections: number;
  load: LoadResult;
  /** The cache that matters for the scenario (dashboard), or every cache together. */
  cache: CacheUse & { label: string };
  cpu: CpuUse | null;
  /** Database queries per request, from count-queries.ts for the same server configuration. */
  queries: number | null;
  /** Warnings and errors the server logged during the scenario. */
  problems: LoggedProblem[];
  notes: string[];
};

export type JourneyResult = { load: JourneyLoadResult; cpu: CpuUse | null; dashboardCache: CacheUse; caches: string; problems: LoggedProblem[] };

export type BenchReport = {
  date: string;
  startedAt: Date;
  finishedAt: Date;
  machine: MachineInfo;
  loadBefore: string;
  loadAfter: string;
  options: BenchOptions;
  database: string;
  replicas: string[];
  seed: { students: number; attempts: number; seededS: number };
  buildS: number;
  /** What the server's once-per-build dashboard warm-up did before the scenarios. */
  startupWarm: string;
  questionBank: { total: number; withHistory: boolean; direct: DirectPageRow[] };
  /** The largest scale class's analytics, direct calls (absent in reports from before classes). */
  classAnalytics?: ClassAnalyticsBench;
  queryCounts: Record<ServerKind, QueryCounts>;
  scenarios: ScenarioResult[];
  journeys: JourneyResult[];
  bundle: { routes: RouteBundle[]; htmlCheck: string };
  redis: KeyFootprint[];
  attemptRowBytes: number;
};
