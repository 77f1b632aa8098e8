import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { redis } from "@/lib/redis/redis-client";
import { STATS_VIEWS } from "./stats-views";
import { STATS_LAST_REFRESH_KEY, STATS_REFRESH_LOCK_KEY, getLastRefresh, refreshStats } from "./refresh-stats";

describe("the stats views", () => {
  it("all exist, are populated and have a unique index (what REFRESH ... CONCURRENTLY needs)", async () => {
    const rows = await db.$primary().$queryRaw<{ name: string; populated: boolean; unique_indexes: number }[]>`
      SELECT m.matviewname AS name, m.ispopulated AS populated,
             (SELECT count(*)::int FROM pg_index i WHERE i.indrelid = format('%I', m.matviewname)::regclass AND i.indisunique AND i.indpred IS NULL) AS unique_indexes
      FROM pg_matviews m WHERE m.schemaname = current_schema() AND m.matviewname LIKE 'stats\\_%'
      ORDER BY 1`;
    expect(rows.map((r) => r.name)).toEqual([...STATS_VIEWS].sort());
    for (const r of rows) expect(r, r.name).toMatchObject({ populated: true, unique_indexes: 1 });
  });
});

describe("refreshStats", () => {
  const clients: pg.Client[] = [];
  const connect = async () => {
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    await redis.del(STATS_REFRESH_LOCK_KEY);
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.end()));
  });
  afterAll(async () => {
    await redis.del(STATS_REFRESH_LOCK_KEY);
  });

  it("refreshes every view, one at a time, and records how long each took", async () => {
    await redis.del(STATS_LAST_REFRESH_KEY);
    const summary = await refreshStats();
    if (summary.status !== "refreshed") throw new Error(`expected a refresh, got ${JSON.stringify(summary)}`);
    expect(summary.views.map((v) => v.view)).toEqual([...STATS_VIEWS]);
    for (const v of summary.views) expect(v, v.view).toMatchObject({ ok: true, ms: expect.any(Number) });
    expect(summary.totalMs).toBeGreaterThanOrEqual(Math.max(...summary.views.map((v) => v.ms)));
    expect(await redis.exists(STATS_REFRESH_LOCK_KEY)).toBe(0);
    expect((await getLastRefresh())?.finishedAt).toBe(summary.finishedAt);
  });

  it("refreshes concurrently: readers are not blocked while a refresh is in progress", async () => {
    const refresher = await connect();
    const reader = await connect();
    await reader.query("SET lock_timeout = '500ms'");
    await refresher.query("BEGIN");
    try {
      await refresher.query('REFRESH MATERIALIZED VIEW CONCURRENTLY "stats_signups_daily"');
      await expect(reader.query('SELECT count(*) FROM "stats_signups_daily"')).resolves.toBeDefined();
    } finally {
      await refresher.query("ROLLBACK");
    }
    // The control: a plain refresh does lock readers out, so the check above can fail.
    await refresher.query("BEGIN");
    try {
      await refresher.query('REFRESH MATERIALIZED VIEW "stats_signups_daily"');
      await expect(reader.query('SELECT count(*) FROM "stats_signups_daily"')).rejects.toThrow(/lock timeout/);
    } finally {
      await refresher.query("ROLLBACK");
    }
  });

  it("lets only one of two concurrent refreshes run; the other is skipped at once", async () => {
    const [a, b] = await Promise.all([refreshStats(), refreshStats()]);
    expect([a.status, b.status].sort()).toEqual(["refreshed", "skipped"]);
    expect(a.status === "skipped" ? a : b).toEqual({ status: "skipped", reason: "locked" });
    // The lock is released afterwards: the next refresh runs.
    expect((await refreshStats()).status).toBe("refreshed");
  });

  it("skips while another instance holds the lock, and never releases that instance's lock", async () => {
    await redis.set(STATS_REFRESH_LOCK_KEY, "another-instance", "PX", 60_000);
    expect(await refreshStats()).toEqual({ status: "skipped", reason: "locked" });
    expect(await redis.get(STATS_REFRESH_LOCK_KEY)).toBe("another-instance");
    await redis.del(STATS_REFRESH_LOCK_KEY);
  });
});
