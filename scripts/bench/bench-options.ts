import { z } from "zod";

/** What `npm run bench [-- --quick] [--reuse-build | --rebuild]` runs, from the command line and BENCH_* variables. */
export type BenchOptions = {
  quick: boolean;
  /**
   * Use the .next-bench build already there instead of building the code as it is now. A full run
   * builds unless told --reuse-build (a stale build would measure old code); a quick one reuses unless
   * told --rebuild.
   */
  reuseBuild: boolean;
  /** Seconds each measured scenario runs; warm-ups run as long again. */
  durationS: number;
  /** Connections for the single-endpoint scenarios (the "100 concurrent connections"). */
  connections: number;
  /** Signed-in scale students whose cookies rotate across requests. */
  students: number;
  /** Concurrent students for the mixed journey, one run each, to find where latency bends. */
  journeyLevels: number[];
  /** Route-handler calls per scenario when counting database queries in process. */
  countCalls: number;
};

const positiveInt = (fallback: number, max: number) => z.coerce.number().int().min(1).max(max).default(fallback);

const envSchema = z.object({
  BENCH_DURATION_S: z.coerce.number().min(1).max(600).optional(),
  BENCH_CONNECTIONS: positiveInt(100, 2_000),
  BENCH_STUDENTS: z.coerce.number().int().min(50).max(100_000).optional(),
  BENCH_JOURNEY_LEVELS: z
    .string()
    .regex(/^\d+(,\d+)*$/, "a comma-separated list of whole numbers, e.g. 50,100,200,400")
    .transform((v) => v.split(",").map(Number))
    .optional(),
});

export function parseBenchOptions(argv: string[], source: Record<string, string | undefined>): BenchOptions {
  const flags = ["--quick", "--rebuild", "--reuse-build"];
  const unknown = argv.filter((a) => !flags.includes(a));
  if (unknown.length) throw new Error(`unknown option ${unknown[0]}: use --quick (a short smoke run), --reuse-build or --rebuild`);
  if (argv.includes("--rebuild") && argv.includes("--reuse-build")) throw new Error("--rebuild and --reuse-build contradict each other: choose one");
  const present = Object.fromEntries(Object.entries(source).filter(([k, v]) => k.startsWith("BENCH_") && v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) throw new Error(`Invalid benchmark settings: ${z.prettifyError(parsed.error)}`);
  const quick = argv.includes("--quick");
  const e = parsed.data;
  return {
    quick,
    reuseBuild: argv.includes("--reuse-build") || (quick && !argv.includes("--rebuild")),
    durationS: e.BENCH_DURATION_S ?? (quick ? 3 : 12),
    connections: e.BENCH_CONNECTIONS,
    students: e.BENCH_STUDENTS ?? (quick ? 400 : 2_000),
    journeyLevels: e.BENCH_JOURNEY_LEVELS ?? (quick ? [50] : [50, 100, 200, 400]),
    countCalls: quick ? 5 : 20,
  };
}
