import { spawnSync } from "node:child_process";
import pg from "pg";

export const SCALE_USERS = 220_000;
export const SCALE_ATTEMPTS = 5_000_000;

/** The benchmark writes (passwords, practice sets, synthetic questions): never into a test database. */
export function refuseTestDatabase(databaseUrl: string, nodeEnv: string): string {
  const database = new URL(databaseUrl).pathname.slice(1);
  if (nodeEnv === "test" || database.endsWith("_test")) {
    throw new Error(`refusing to benchmark the test database "${database}": run npm run bench, which uses .env (the development database)`);
  }
  return database;
}

function npm(args: string[]) {
  const result = spawnSync("npm", args, { stdio: "inherit" });
  if (result.status !== 0) throw new Error(`npm ${args.join(" ")} failed (exit ${result.status})`);
}

/**
 * Makes sure the 220K-student scale seed is there, seeding the content first on an empty database.
 * Returns the seconds spent seeding (0 when it was already present).
 */
export async function ensureScaleSeed(client: pg.Client): Promise<number> {
  const count = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0]!.n);
  const started = performance.now();
  if ((await count(`select count(*) as n from questions where status = 'PUBLISHED'`)) === 0) {
    console.log("[bench] no content yet: npm run seed");
    npm(["run", "seed"]);
  }
  const students = await count(`select count(*) as n from users where email like '%@scale.ib-revise.test'`);
  if (students === SCALE_USERS) return 0;
  console.log(`[bench] ${students} scale students (want ${SCALE_USERS}): npm run seed:scale`);
  npm(["run", "seed:scale", "--", "--users", String(SCALE_USERS), "--attempts", String(SCALE_ATTEMPTS)]);
  return (performance.now() - started) / 1000;
}

/**
 * The replica the "cache + replicas" server reads from: DATABASE_REPLICA_URLS when set, else the local
 * streaming replica `npm run services:replica` makes (same URL, port 5433) if one is running. Empty when
 * there is none: the run then says it measured the primary alone.
 */
export async function findReplicaUrls(configured: string[], primaryUrl: string): Promise<string[]> {
  if (configured.length) return configured;
  const candidate = new URL(primaryUrl);
  candidate.port = "5433";
  const client = new pg.Client({ connectionString: candidate.toString(), connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ standby: boolean }>("select pg_is_in_recovery() as standby");
    return rows[0]?.standby ? [candidate.toString()] : [];
  } catch {
    return [];
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Waits until every replica has replayed the primary's WAL up to now: right after a seed a replica can
 * be minutes behind, and the app would (rightly) send its reads to the primary until it caught up.
 */
export async function waitForReplicas(primary: pg.Client, replicaUrls: string[], timeoutS = 900): Promise<void> {
  const { rows } = await primary.query<{ lsn: string }>("select pg_current_wal_lsn()::text as lsn");
  const target = rows[0]!.lsn;
  for (const url of replicaUrls) {
    const replica = new pg.Client({ connectionString: url });
    await replica.connect();
    try {
      for (let waited = 0; ; waited += 2) {
        const { rows: r } = await replica.query<{ behind: string | null }>(
          "select pg_wal_lsn_diff($1::pg_lsn, pg_last_wal_replay_lsn())::bigint::text as behind",
          [target],
        );
        const behind = Number(r[0]?.behind ?? "0");
        if (behind <= 0) break;
        if (waited >= timeoutS) throw new Error(`replica ${new URL(url).host} is still ${(behind / 2 ** 20).toFixed(0)} MiB behind after ${timeoutS} s`);
        if (waited % 20 === 0) console.log(`[bench] waiting for replica ${new URL(url).host}: ${(behind / 2 ** 20).toFixed(0)} MiB behind`);
        await new Promise((r) => setTimeout(r, 2_000));
      }
    } finally {
      await replica.end();
    }
  }
}
