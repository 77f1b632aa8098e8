// Where the CPU went during a scenario, from /proc (Linux): the app server's process group, PostgreSQL
// backends of the benchmark's database, PostgreSQL's shared work (WAL writer, checkpointer, the replica
// replaying WAL), Redis, this load generator, and whatever else ran on the machine (other people's
// work: every one of these shares the same cores). Elsewhere than Linux the figures are simply absent.
import fs from "node:fs";

export const CPU_GROUPS = [
  "app server",
  "postgres primary: bench database",
  "postgres replica: bench database",
  "postgres: shared (WAL, replay, checkpoints)",
  "postgres: other databases",
  "redis",
  "load generator",
  "everything else",
] as const;
export type CpuGroup = (typeof CPU_GROUPS)[number];

export type CpuUse = { seconds: number; cores: number; busyPercent: number; ms: Record<CpuGroup, number> };

const TICK_MS = 10; // USER_HZ is 100 on every Linux this runs on (getconf CLK_TCK)

function machineTicks(): { busy: number; total: number } {
  const line = fs.readFileSync("/proc/stat", "utf8").split("\n", 1)[0]!;
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = line.trim().split(/\s+/).slice(1).map(Number);
  const busy = user + nice + system + irq + softirq + steal;
  return { busy, total: busy + idle + iowait };
}

/**
 * Whose CPU is whose. `primaryCluster` is the cluster tag in the primary's process titles (e.g. "15/main",
 * see clusterOfConnection); a bench-database backend of any other cluster is a replica's.
 */
export type CpuContext = { appPgids: number[]; database: string; primaryCluster: string | null };

/** The group a process's CPU counts towards, or null for "everything else". */
export function classifyProcess(comm: string, title: string, pgid: number, ctx: CpuContext): CpuGroup | null {
  if (ctx.appPgids.includes(pgid)) return "app server";
  if (comm === "redis-server") return "redis";
  if (comm !== "postgres") return null;
  // Backend titles: "postgres: 15/main: <user> <database> <host>(<port>) <state>".
  const backend = /^postgres: ([^:]+): (\S+) (\S+) (?:\S+\(\d+\)|\[local\])/.exec(title);
  if (!backend || backend[2] === "walsender") return "postgres: shared (WAL, replay, checkpoints)";
  if (backend[3] !== ctx.database) return "postgres: other databases";
  return ctx.primaryCluster === null || backend[1] === ctx.primaryCluster ? "postgres primary: bench database" : "postgres replica: bench database";
}

/** The cluster tag ("15/main") in the title of the backend serving `pid`, when that server runs here. */
export function clusterOfBackend(pid: number): string | null {
  try {
    return /^postgres: ([^:]+):/.exec(fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " "))?.[1] ?? null;
  } catch {
    return null;
  }
}

type ProcessTicks = Map<number, { group: CpuGroup | null; ticks: number }>;

function readProcesses(ctx: CpuContext): ProcessTicks {
  const out: ProcessTicks = new Map();
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    if (Number(pid) === process.pid) continue; // counted precisely by process.cpuUsage()
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      const comm = stat.slice(stat.indexOf("(") + 1, close);
      const fields = stat.slice(close + 2).split(" ");
      const title = comm === "postgres" ? fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ").trim() : "";
      out.set(Number(pid), { group: classifyProcess(comm, title, Number(fields[2]), ctx), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // exited between readdir and read
    }
  }
  return out;
}

/**
 * Adds what each process used between two readings to its group. A process first seen in `next` started
 * in between, so all of its ticks count; one gone from `next` exited, and loses at most one interval.
 */
export function accumulateTicks(prev: ProcessTicks, next: ProcessTicks, into: Partial<Record<CpuGroup, number>>): void {
  for (const [pid, p] of next) {
    if (!p.group) continue;
    const before = prev.get(pid);
    const used = before ? Math.max(0, p.ticks - before.ticks) : p.ticks;
    into[p.group] = (into[p.group] ?? 0) + used;
  }
}

export type CpuMonitor = { stop(): CpuUse };

/**
 * Samples every process each `intervalMs` until stopped: backends and workers come and go during a run
 * (pools open and close connections), and a single before/after reading would lose an exited process's
 * CPU. Null where there is no /proc.
 */
export function startCpuMonitor(ctx: CpuContext, cores: number, intervalMs = 1_000): CpuMonitor | null {
  if (!fs.existsSync("/proc/stat")) return null;
  const started = performance.now();
  const machineBefore = machineTicks();
  const benchBefore = process.cpuUsage();
  const ticks: Partial<Record<CpuGroup, number>> = {};
  let last = readProcesses(ctx);
  const sample = () => {
    const now = readProcesses(ctx);
    accumulateTicks(last, now, ticks);
    last = now;
  };
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      const machineAfter = machineTicks();
      const bench = process.cpuUsage(benchBefore);
      const ms = Object.fromEntries(CPU_GROUPS.map((g) => [g, (ticks[g] ?? 0) * TICK_MS])) as Record<CpuGroup, number>;
      ms["load generator"] = (bench.user + bench.system) / 1000;
      const busyMs = (machineAfter.busy - machineBefore.busy) * TICK_MS;
      const accounted = CPU_GROUPS.filter((g) => g !== "everything else").reduce((sum, g) => sum + ms[g], 0);
      ms["everything else"] = Math.max(0, busyMs - accounted);
      const total = machineAfter.total - machineBefore.total;
      return { seconds: (performance.now() - started) / 1000, cores, busyPercent: total ? (100 * (machineAfter.busy - machineBefore.busy)) / total : 0, ms };
    },
  };
}
