import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDbClients } from "@/lib/db/prisma";
import { env } from "@/lib/env";

// The app's client through PgBouncer in transaction pooling (scripts/pgbouncer.sh, 127.0.0.1:6432, at
// most 20 server connections per database and user): every statement may land on a different server
// connection, so anything that relied on session state, named prepared statements included, would fail.
const BOUNCER = "postgresql://postgres@127.0.0.1:6432";
// The test database (.env.test, or a checkout's own in .env.test.local), reached through PgBouncer.
const DATABASE = new URL(env.DATABASE_URL).pathname.slice(1);
const SERVER_POOL_SIZE = 20; // default_pool_size in scripts/pgbouncer/pgbouncer.ini
const APP_POOL_SIZE = 40;
const script = path.resolve(import.meta.dirname, "../../scripts/pgbouncer.sh");

type PoolRow = {
  database: string;
  user: string;
  cl_active: string;
  cl_waiting: string;
  sv_active: string;
  sv_idle: string;
  sv_used: string;
  sv_tested: string;
  sv_login: string;
};

async function bouncerAnswers(): Promise<boolean> {
  const probe = new pg.Client({ connectionString: `${BOUNCER}/pgbouncer`, connectionTimeoutMillis: 2_000 });
  try {
    await probe.connect();
    await probe.query("show version");
    return true;
  } catch {
    return false;
  } finally {
    await probe.end().catch(() => undefined);
  }
}

describe("the app's database operations through PgBouncer (transaction pooling)", () => {
  let clients: ReturnType<typeof createDbClients>;
  let admin: pg.Client;
  const pool = async () => {
    // The admin console speaks only the simple query protocol: a query without parameters.
    const { rows } = await admin.query<PoolRow>("show pools");
    return rows.find((r) => r.database === DATABASE && r.user === "postgres");
  };

  beforeAll(async () => {
    if (!(await bouncerAnswers())) await promisify(execFile)("bash", [script, "start"]);
    admin = new pg.Client({ connectionString: `${BOUNCER}/pgbouncer` });
    await admin.connect();
    clients = createDbClients({
      primaryUrl: `${BOUNCER}/${DATABASE}`,
      replicaUrls: [],
      poolSize: APP_POOL_SIZE,
      replicaHealth: { checkIntervalMs: 600_000, maxLagSeconds: 10, recoveryChecks: 2 },
    });
  }, 180_000);

  afterAll(async () => {
    await clients?.disconnect();
    await admin?.end();
  });

  it("runs through PgBouncer: the server connection that answered is one of PgBouncer's", async () => {
    const [row] = await clients.db.$queryRaw<{ pid: number }[]>`select pg_backend_pid() as pid`;
    const { rows } = await admin.query<{ database: string; remote_pid: string }>("show servers");
    expect(rows.filter((s) => s.database === DATABASE).map((s) => Number(s.remote_pid))).toContain(row!.pid);
  });

  it("reads and writes with model queries, raw queries with parameters and $executeRaw", async () => {
    const { db } = clients;
    const email = `bouncer-${randomUUID()}@example.test`;
    const user = await db.user.create({ data: { email, name: "Before" } });
    await db.user.update({ where: { id: user.id }, data: { name: "After" } });
    expect(await db.user.findUnique({ where: { email }, select: { name: true } })).toEqual({ name: "After" });
    expect(await db.$primary().user.count({ where: { email } })).toBe(1);
    const [raw] = await db.$queryRaw<{ name: string }[]>`select name from users where email = ${email} and ${7}::int > ${3}::int`;
    expect(raw?.name).toBe("After");
    expect(await db.$executeRaw`update users set name = ${"Raw"} where email = ${email}`).toBe(1);
    expect(await db.$queryRawUnsafe<{ name: string }[]>("select name from users where email = $1", email)).toEqual([{ name: "Raw" }]);
  });

  it("keeps an interactive transaction on one server connection: commits together, rolls back together", async () => {
    const { db } = clients;
    const committed = `tx-ok-${randomUUID()}@example.test`;
    const pids = await db.$transaction(async (tx) => {
      const seen: number[] = [];
      const created = await tx.user.create({ data: { email: committed } });
      seen.push((await tx.$queryRaw<{ pid: number }[]>`select pg_backend_pid() as pid`)[0]!.pid);
      await tx.user.update({ where: { id: created.id }, data: { name: "In transaction" } });
      // Uncommitted work is visible inside the transaction only if every statement shares a connection.
      expect(await tx.user.findUnique({ where: { email: committed }, select: { name: true } })).toEqual({ name: "In transaction" });
      seen.push((await tx.$queryRaw<{ pid: number }[]>`select pg_backend_pid() as pid`)[0]!.pid);
      return seen;
    });
    expect(new Set(pids).size).toBe(1);
    expect(await db.user.findUnique({ where: { email: committed }, select: { name: true } })).toEqual({ name: "In transaction" });

    const rolledBack = `tx-rollback-${randomUUID()}@example.test`;
    await expect(
      db.$transaction(async (tx) => {
        await tx.user.create({ data: { email: rolledBack } });
        throw new Error("abandon the transaction");
      }),
    ).rejects.toThrow("abandon the transaction");
    expect(await db.user.findUnique({ where: { email: rolledBack } })).toBeNull();
  });

  it("answers more concurrent queries than it has server connections, with unnamed statements throughout", async () => {
    const { db } = clients;
    const email = `bouncer-many-${randomUUID()}@example.test`;
    await db.user.create({ data: { email } });
    const results = await Promise.all(
      Array.from({ length: 3 * APP_POOL_SIZE }, async (_, i) => {
        // Each parameterised query is parsed anew on whichever server connection runs it.
        const [row] = await db.$queryRaw<{ n: number; slept: string }[]>`select ${i}::int + 1 as n, pg_sleep(0.05)::text as slept`;
        const found = await db.user.findUnique({ where: { email }, select: { email: true } });
        return row!.n === i + 1 && found?.email === email;
      }),
    );
    expect(results.every(Boolean)).toBe(true);

    const stats = await pool();
    expect(stats).toBeDefined();
    const clientConnections = Number(stats!.cl_active) + Number(stats!.cl_waiting);
    const serverConnections = ["sv_active", "sv_idle", "sv_used", "sv_tested", "sv_login"].reduce((n, k) => n + Number(stats![k as keyof PoolRow]), 0);
    // The app's 40 connections were all open at once, multiplexed over at most 20 server connections.
    expect(clientConnections).toBeGreaterThanOrEqual(APP_POOL_SIZE);
    expect(serverConnections).toBeLessThanOrEqual(SERVER_POOL_SIZE);
  });
});
