import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { redis } from "@/lib/redis/redis-client";
import { invalidateDashboard } from "@/lib/progress/dashboard-cache";
import { READ_YOUR_WRITES_WINDOW_MS, readerFor, recentWriteKey } from "@/lib/db/read-your-writes";

// Against the real streaming replica made to lag: recovery_min_apply_delay holds back replay by 3 s.
describe("read-your-writes with a lagging replica", () => {
  let replica: pg.Client;
  const email = `ryw-${randomUUID()}@example.test`;

  beforeAll(async () => {
    replica = new pg.Client({ connectionString: env.DATABASE_REPLICA_URLS[0] });
    await replica.connect();
    await replica.query("alter system set recovery_min_apply_delay = '3s'");
    await replica.query("select pg_reload_conf()");
    await new Promise((r) => setTimeout(r, 300));
  });
  afterAll(async () => {
    await replica.query("alter system reset recovery_min_apply_delay");
    await replica.query("select pg_reload_conf()");
    await replica.end();
    await db.user.deleteMany({ where: { email } });
  });

  it("sends a user's reads to the primary right after their write, and others' to the lagging replica", async () => {
    const user = await db.user.create({ data: { email, name: "Before" } });
    await new Promise((r) => setTimeout(r, 3_500)); // the row has reached the replica
    await db.user.update({ where: { id: user.id }, data: { name: "After" } });

    // Without the mark, this user's read is a replica read: 3 s behind, so it still sees the old name.
    expect((await (await readerFor(user.id)).user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Before");

    await invalidateDashboard(user.id); // what every write path does after its commit
    expect(await redis.pttl(recentWriteKey(user.id))).toBeGreaterThan(READ_YOUR_WRITES_WINDOW_MS - 1_000);
    expect((await (await readerFor(user.id)).user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("After");
    // Another user's reads are unaffected: still the replica.
    expect((await (await readerFor(randomUUID())).user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Before");
  });
});
