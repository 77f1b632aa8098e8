import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { env } from "@/lib/env";

// Runs against a real streaming replica (npm run services:replica). Pausing WAL replay on the replica
// makes "served by the replica" observable: a row written to the primary is then invisible there.
describe("read replica routing", () => {
  const replicaUrl = env.DATABASE_REPLICA_URLS[0];
  let replica: pg.Client;

  beforeAll(async () => {
    if (!replicaUrl) throw new Error("DATABASE_REPLICA_URLS is empty: this test needs a streaming replica (npm run services:replica)");
    replica = new pg.Client({ connectionString: replicaUrl });
    await replica.connect();
  });
  afterAll(async () => {
    await replica.query("select pg_wal_replay_resume()");
    await replica.end();
  });

  const waitForReplay = async () => {
    const [primary] = await db.$primary().$queryRaw<{ lsn: string }[]>`select pg_current_wal_lsn()::text as lsn`;
    for (let i = 0; i < 100; i++) {
      const r = await replica.query<{ caught_up: boolean }>("select pg_last_wal_replay_lsn() >= $1::pg_lsn as caught_up", [primary!.lsn]);
      if (r.rows[0]?.caught_up) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error("replica did not catch up");
  };

  it("sends model reads to a server in recovery and raw reads to the primary unless told", async () => {
    const [onReplica] = await db.$replica().$queryRaw<{ recovery: boolean }[]>`select pg_is_in_recovery() as recovery`;
    const [onPrimary] = await db.$queryRaw<{ recovery: boolean }[]>`select pg_is_in_recovery() as recovery`;
    expect(onReplica?.recovery).toBe(true);
    expect(onPrimary?.recovery).toBe(false);
  });

  it("serves reads from the replica, writes on the primary, and own-write reads from the primary", async () => {
    await waitForReplay();
    await replica.query("select pg_wal_replay_pause()");
    const email = `replica-${randomUUID()}@example.test`;

    // The write succeeds, so it went to the primary: the replica is read-only.
    const user = await db.user.create({ data: { email } });

    // Replay is paused, so a read that reached the replica cannot see the row...
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
    expect(await db.user.count({ where: { email } })).toBe(0);
    // ...while a read-your-own-write read goes to the primary and sees it at once.
    expect(await db.$primary().user.findUnique({ where: { email } })).toMatchObject({ id: user.id });
    // Reads inside a transaction stay on the primary too.
    expect(await db.$transaction(async (tx) => tx.user.findUnique({ where: { email } }))).toMatchObject({ id: user.id });

    await replica.query("select pg_wal_replay_resume()");
    await waitForReplay();
    expect(await db.user.findUnique({ where: { email } })).toMatchObject({ id: user.id });
    await db.user.delete({ where: { id: user.id } });
  });
});
