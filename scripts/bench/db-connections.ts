// PostgreSQL connections one app process holds, by state, as the database sees them (pg_stat_activity),
// sampled while something runs: a connection "active" or "idle in transaction" for as long as a request
// lasts is one a slow client is holding. The app's own connections are told apart from everyone else's
// by their client port (server-process.ts reads which ports the app process has open).
import pg from "pg";
import { connectionPortsTo } from "./server-process";

export type ConnectionStates = { active: number; idleInTransaction: number; idle: number };
export type DatabaseTarget = { name: string; client: pg.Client; port: number };

const NONE: ConnectionStates = { active: 0, idleInTransaction: 0, idle: 0 };

/** The app process's connections to one database server now, by state. */
async function statesOf(target: DatabaseTarget, ports: Set<number>): Promise<ConnectionStates> {
  if (!ports.size) return { ...NONE };
  const { rows } = await target.client.query<{ state: string | null; n: number }>(
    `select state, count(*)::int as n from pg_stat_activity
     where backend_type = 'client backend' and client_port = any($1::int[]) group by state`,
    [[...ports]],
  );
  const n = (state: string) => rows.find((r) => r.state === state)?.n ?? 0;
  return { active: n("active"), idleInTransaction: n("idle in transaction") + n("idle in transaction (aborted)"), idle: n("idle") };
}

export type ConnectionSample = { at: number; byTarget: Record<string, ConnectionStates> };

/**
 * Samples every `intervalMs` until stopped; `at` is ms since the sampler started. Each sample says what
 * `label()` returns at the time (e.g. which phase the streams are in), so a report can pick its window.
 */
export function sampleConnections(appPid: number, targets: DatabaseTarget[], intervalMs: number) {
  const samples: (ConnectionSample & { label: string })[] = [];
  const started = performance.now();
  let running = true;
  let label = "";
  const loop = (async () => {
    while (running) {
      const ports = connectionPortsTo(
        appPid,
        targets.map((t) => t.port),
      );
      const at = performance.now() - started;
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

/** The most connections in each state seen in any one sample of the given ones, per target. */
export function peakStates(samples: ConnectionSample[]): Record<string, ConnectionStates> {
  const peak: Record<string, ConnectionStates> = {};
  for (const sample of samples) {
    for (const [name, s] of Object.entries(sample.byTarget)) {
      const p = (peak[name] ??= { ...NONE });
      p.active = Math.max(p.active, s.active);
      p.idleInTransaction = Math.max(p.idleInTransaction, s.idleInTransaction);
      p.idle = Math.max(p.idle, s.idle);
    }
  }
  return peak;
}
