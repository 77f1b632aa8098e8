import pg from "pg";
import type { Logger } from "pino";
import { shortErrorMessage } from "@/lib/db/short-error-message";
import { logger as appLogger } from "@/lib/observability/logger";
import { metrics } from "@/lib/observability/metrics";

export type ReplicaHealthOptions = {
  checkIntervalMs: number;
  /** A replica further behind than this goes out of rotation. */
  maxLagSeconds: number;
  /** Consecutive healthy checks before a replica out of rotation serves reads again. */
  recoveryChecks: number;
  /** Bounds each probe's connect and query (default 2 s), so a replica that hangs counts as down. */
  checkTimeoutMs?: number;
  logger?: Logger;
};

export type FailoverReason = "unreachable" | "not_in_recovery" | "lag" | "connection_error";

export type ReplicaStatus = {
  /** host:port; the URL's credentials never leave this module. */
  name: string;
  inRotation: boolean;
  lagSeconds: number | null;
  lagBytes: number | null;
  lastCheckedAt: string | null;
  lastError: string | null;
};

export type ReplicaMonitor = {
  readonly names: readonly string[];
  /** Whether reads may go to this replica. Starts the checks on first use. */
  inRotation(name: string): boolean;
  /** Takes a replica out of rotation at once (a read on it just lost its connection). */
  markDown(name: string, err: unknown): void;
  status(): ReplicaStatus[];
  /** A round of checks that starts now or, if one is running, right after it. */
  checkNow(): Promise<void>;
  stop(): Promise<void>;
};

type Probe = { client: pg.Client | null; connecting: Promise<pg.Client> | null };

type ReplicaState = ReplicaStatus & {
  url: string;
  probe: Probe;
  healthyStreak: number;
  /** The event number of its last failure: checks that started before it cannot vouch for it. */
  outAt: number;
};

type CheckResult = { error: string } | { error: null; recovery: boolean; lagBytes: number | null; lagSeconds: number | null };

/** How the monitor names a replica in logs, metrics and /api/ready: host:port, never the credentials. */
export function replicaName(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || "5432"}`;
}

const lsnToBigInt = (lsn: string) => {
  const [hi = "0", lo = "0"] = lsn.split("/");
  return (BigInt(`0x${hi}`) << 32n) | BigInt(`0x${lo}`);
};

async function probeQuery<R extends pg.QueryResultRow>(url: string, probe: Probe, timeoutMs: number, sql: string): Promise<R> {
  if (!probe.client) {
    probe.connecting ??= (async () => {
      const client = new pg.Client({
        connectionString: url,
        connectionTimeoutMillis: timeoutMs,
        query_timeout: timeoutMs,
        application_name: "ib-revise-health",
      });
      // An idle client whose server goes away emits "error"; unhandled, that would end the process.
      client.on("error", () => {
        if (probe.client === client) probe.client = null;
      });
      try {
        await client.connect();
      } catch (err) {
        await client.end().catch(() => undefined);
        throw err;
      }
      return client;
    })().finally(() => {
      probe.connecting = null;
    });
    probe.client = await probe.connecting;
  }
  const client = probe.client;
  try {
    return (await client.query<R>(sql)).rows[0]!;
  } catch (err) {
    // After a timeout or a lost connection the client's state is unknown: start afresh next time.
    if (probe.client === client) probe.client = null;
    await client.end().catch(() => undefined);
    throw err;
  }
}

/**
 * Watches read replicas: each check asks the replica whether it is in recovery and how far its replay
 * is behind the primary's current WAL position. A replica that is down, promoted, or lagging more than
 * `maxLagSeconds` is taken out of rotation (its reads go to the primary) until `recoveryChecks`
 * consecutive checks find it healthy.
 */
export function createReplicaMonitor(primaryUrl: string, replicaUrls: string[], options: ReplicaHealthOptions): ReplicaMonitor {
  const log = options.logger ?? appLogger;
  // Not tied to the interval: a busy but healthy server must not be declared down by a fast check cycle.
  const timeoutMs = options.checkTimeoutMs ?? 2_000;
  const primaryProbe: Probe = { client: null, connecting: null };
  const replicas: ReplicaState[] = replicaUrls.map((url) => ({
    url,
    name: replicaName(url),
    inRotation: true,
    lagSeconds: null,
    lagBytes: null,
    lastCheckedAt: null,
    lastError: null,
    probe: { client: null, connecting: null },
    healthyStreak: 0,
    outAt: 0,
  }));
  const byName = new Map(replicas.map((r) => [r.name, r]));
  // The primary's recent WAL positions and when they were read. A replica that has replayed up to a
  // position read at time t is at most (now - t) behind: unlike the last replayed commit's timestamp,
  // this bound does not grow while the primary is idle.
  const primarySamples: { lsn: bigint; at: number }[] = [];
  let timer: NodeJS.Timeout | null = null;
  let started = false;
  let stopped = false;
  let inFlight: Promise<void> | null = null;
  // Orders check starts and failures strictly (two can share a millisecond).
  let events = 0;

  for (const r of replicas) metrics.dbReplicaUp.set({ replica: r.name }, 1);

  function takeOut(r: ReplicaState, reason: FailoverReason, detail: Record<string, unknown>) {
    r.healthyStreak = 0;
    r.outAt = ++events;
    if (!r.inRotation) return;
    r.inRotation = false;
    metrics.dbReplicaUp.set({ replica: r.name }, 0);
    metrics.dbReplicaFailovers.inc({ replica: r.name, reason });
    log.warn({ replica: r.name, reason, ...detail }, "read replica out of rotation: its reads go to the primary");
  }

  function apply(r: ReplicaState, result: CheckResult, startedAs: number) {
    r.lastCheckedAt = new Date().toISOString();
    if (result.error !== null) {
      r.lastError = result.error;
      return takeOut(r, "unreachable", { err: result.error });
    }
    r.lagBytes = result.lagBytes;
    r.lagSeconds = result.lagSeconds;
    if (result.lagSeconds !== null) metrics.dbReplicaLag.set({ replica: r.name }, result.lagSeconds);
    // A check that began before the replica was taken out (say, by a read that lost its connection)
    // saw the replica as it was then, and cannot vouch for it now.
    if (!r.inRotation && startedAs < r.outAt) return;
    if (!result.recovery) {
      r.lastError = "not in recovery (promoted, or not a replica)";
      return takeOut(r, "not_in_recovery", {});
    }
    if (result.lagSeconds !== null && result.lagSeconds > options.maxLagSeconds) {
      r.lastError = `replay lag ${result.lagSeconds.toFixed(1)} s exceeds ${options.maxLagSeconds} s`;
      return takeOut(r, "lag", { lagSeconds: result.lagSeconds, lagBytes: result.lagBytes });
    }
    r.lastError = null;
    if (r.inRotation) return;
    r.healthyStreak += 1;
    if (r.healthyStreak < options.recoveryChecks) return;
    r.inRotation = true;
    r.healthyStreak = 0;
    metrics.dbReplicaUp.set({ replica: r.name }, 1);
    log.info({ replica: r.name, lagSeconds: r.lagSeconds, checks: options.recoveryChecks }, "read replica back in rotation");
  }

  async function checkReplica(r: ReplicaState, primaryLsn: bigint | null): Promise<CheckResult> {
    try {
      const row = await probeQuery<{ recovery: boolean; replay_lsn: string | null; replay_age: number | null }>(
        r.url,
        r.probe,
        timeoutMs,
        "select pg_is_in_recovery() as recovery, pg_last_wal_replay_lsn()::text as replay_lsn, extract(epoch from now() - pg_last_xact_replay_timestamp())::float8 as replay_age",
      );
      if (!row.recovery || primaryLsn === null || row.replay_lsn === null) return { error: null, recovery: row.recovery, lagBytes: null, lagSeconds: null };
      const replayed = lsnToBigInt(row.replay_lsn);
      const behind = primaryLsn - replayed;
      if (behind <= 0n) return { error: null, recovery: true, lagBytes: 0, lagSeconds: 0 };
      // Only with WAL left to replay does the age of the last replayed commit mean lag; bounded by the
      // newest primary position this replica is known to have reached.
      const covered = primarySamples.findLast((s) => s.lsn <= replayed);
      const bound = covered ? (Date.now() - covered.at) / 1_000 : Number.POSITIVE_INFINITY;
      const lagSeconds = Math.min(row.replay_age ?? Number.POSITIVE_INFINITY, bound);
      return { error: null, recovery: true, lagBytes: Number(behind), lagSeconds: Number.isFinite(lagSeconds) ? lagSeconds : null };
    } catch (err) {
      return { error: shortErrorMessage(err) };
    }
  }

  async function runChecks(): Promise<void> {
    const startedAs = ++events;
    const startedAt = Date.now();
    let primaryLsn: bigint | null = null;
    try {
      const row = await probeQuery<{ lsn: string }>(primaryUrl, primaryProbe, timeoutMs, "select pg_current_wal_lsn()::text as lsn");
      primaryLsn = lsnToBigInt(row.lsn);
    } catch (err) {
      // Without the primary's position lag is unknown; reachability and recovery are still checked.
      log.debug({ err: shortErrorMessage(err) }, "replica check could not read the primary's WAL position");
    }
    await Promise.all(replicas.map(async (r) => apply(r, await checkReplica(r, primaryLsn), startedAs)));
    if (primaryLsn !== null) {
      primarySamples.push({ lsn: primaryLsn, at: startedAt });
      if (primarySamples.length > 256) primarySamples.shift();
    }
  }

  // Always a round that starts after the call: one already running may have begun before the caller's
  // reason to check (a replica restarted, a read that just failed), so it is waited out first.
  async function checkNow(): Promise<void> {
    while (inFlight) await inFlight.catch(() => undefined);
    if (stopped) return;
    const round = runChecks().finally(() => {
      inFlight = null;
    });
    inFlight = round;
    return round;
  }

  function checkThenSchedule() {
    void checkNow()
      .catch((err: unknown) => log.error({ err }, "replica health check failed"))
      .finally(schedule);
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(checkThenSchedule, options.checkIntervalMs);
    // Checks must never keep a script or a test process alive.
    timer.unref();
  }

  function start() {
    if (started || stopped || replicas.length === 0) return;
    started = true;
    checkThenSchedule();
  }

  return {
    names: replicas.map((r) => r.name),
    inRotation(name) {
      start();
      return byName.get(name)?.inRotation ?? false;
    },
    markDown(name, err) {
      const r = byName.get(name);
      if (!r) return;
      r.lastError = shortErrorMessage(err);
      takeOut(r, "connection_error", { err: r.lastError });
    },
    status() {
      start();
      return replicas.map(({ name, inRotation, lagSeconds, lagBytes, lastCheckedAt, lastError }) => ({
        name,
        inRotation,
        lagSeconds,
        lagBytes,
        lastCheckedAt,
        lastError,
      }));
    },
    checkNow,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await inFlight?.catch(() => undefined);
      const clients = [primaryProbe.client, ...replicas.map((r) => r.probe.client)];
      primaryProbe.client = null;
      for (const r of replicas) r.probe.client = null;
      await Promise.all(clients.map((c) => c?.end().catch(() => undefined)));
    },
  };
}
