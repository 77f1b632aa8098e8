// PostgreSQL connections one app process holds, by state, as the database sees them (pg_stat_activity),
// sampled while something runs: a connection "active" or "idle in transaction" for as long as a request
// lasts is one a slow client is holding. The app's own connections are told apart from everyone else's
// by their client port (server-process.ts reads which ports the app process has open).
import pg from "pg";
import { connectionPortsTo } from "./server-process";

export type ConnectionStates = {
  active: number;
  idleInTransaction: number;
  idle: number;
  /** The oldest open transaction among them, in ms (0 when none): how long one connection has been held. */
  longestTransactionMs: number;
  /** Connections active or idle in a transaction, by the start of their (last) statement: what held them. */
  heldBy: Record<string, number>;
};
export type DatabaseTarget = { name: string; client: pg.Client; port: number };

const none = (): ConnectionStates => ({ active: 0, idleInTransaction: 0, idle: 0, longestTransactionMs: 0, heldBy: {} });

/** The app process's connections to one database server now, by state. */
async function statesOf(target: DatabaseTarget, ports: Set<number>): Promise<ConnectionStates> {
  if (!ports.size) return none();
  const { rows } = await target.client.query<{ state: string | null; statement: string; n: number; longest_ms: number | null }>(
    `select state, left(regexp_replace(query, '[[:space:]]+', ' ', 'g'), 60) as statement, count(*)::int as n,
       max(extract(epoch from clock_timestamp() - xact_start) * 1000)::float8 as longest_ms
     from pg_stat_activity
     where backend_type = 'client backend' and client_port = any($1::int[]) group by 1, 2`,
    [[...ports]],
  );
  const n = (...states: string[]) => rows.filter((r) => r.state !== null && states.includes(r.state)).reduce((sum, r) => sum + r.n, 0);
  const heldBy: Record<string, number> = {};
  for (const r of rows) if (r.state !== "idle") heldBy[r.statement] = (heldBy[r.statement] ?? 0) + r.n;
  return {
    active: n("active"),
    idleInTransaction: n("idle in transaction", "idle in transaction (aborted)"),
    idle: n("idle"),
    longestTransactionMs: Math.max(0, ...rows.map((r) => r.longest_ms ?? 0)),
    heldBy,
  };
}

/** `at`: performance.now() when the sample was taken. */
export type ConnectionSample = { at: number; byTarget: Record<string, ConnectionStates> };

/**
 * Samples every `intervalMs` until stopped. Each sample says what
 * `label()` returns at the time (e.g. which phase the streams are in), so a report can pick its window.
 */
export function sampleConnections(appPid: number, targets: DatabaseTarget[], intervalMs: number) {
  const samples: (ConnectionSample & { label: string })[] = [];
  let running = true;
  let label = "";
  const loop = (async () => {
    while (running) {
      const ports = connectionPortsTo(
        appPid,
        targets.map((t) => t.port),
      );
      const at = performance.now();
      const byTarget: Record<string, ConnectionStates> = {};
      for (const target of targets) byTarget[target.name] = await statesOf(target, ports);
      samples.push({ at, byTarget, label });
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  })();
  return {
    setLabel(next: string) {
      label = next;
    },
    async stop() {
      running = false;
      await loop;
      return samples;
    },
  };
}

/** The most connections in each state seen in any one sample of the given ones, and the longest transaction, per target. */
export function peakStates(samples: ConnectionSample[]): Record<string, ConnectionStates> {
  const peak: Record<string, ConnectionStates> = {};
  for (const sample of samples) {
    for (const [name, s] of Object.entries(sample.byTarget)) {
      const p = (peak[name] ??= none());
      p.active = Math.max(p.active, s.active);
      p.idleInTransaction = Math.max(p.idleInTransaction, s.idleInTransaction);
      p.idle = Math.max(p.idle, s.idle);
      p.longestTransactionMs = Math.max(p.longestTransactionMs, s.longestTransactionMs);
      for (const [statement, count] of Object.entries(s.heldBy)) p.heldBy[statement] = Math.max(p.heldBy[statement] ?? 0, count);
    }
  }
  return peak;
}
