import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { waitForReplicas } from "./wait-for-replicas";

// Needs the streaming replica (npm run services:replica). Pausing its replay holds it behind the primary.
describe("waitForReplicas", () => {
  let replica: pg.Client;
  beforeAll(async () => {
    const url = env.DATABASE_REPLICA_URLS[0];
    if (!url) throw new Error("DATABASE_REPLICA_URLS is empty: this test needs a streaming replica (npm run services:replica)");
    replica = new pg.Client({ connectionString: url });
    await replica.connect();
  });
  afterAll(async () => {
    await replica.query("select pg_wal_replay_resume()");
    await replica.end();
  });

  it("returns once replicas have replayed earlier writes, and reports a replica that stays behind", async () => {
    await replica.query("select pg_wal_replay_pause()");
    const email = `replicas-${randomUUID()}@example.test`;
    const user = await db.user.create({ data: { email }, select: { id: true } });
    expect(await waitForReplicas(200)).toBe(false);
    expect(await db.user.findUnique({ where: { email } })).toBeNull();

    await replica.query("select pg_wal_replay_resume()");
    expect(await waitForReplicas()).toBe(true);
    expect(await db.user.findUnique({ where: { email } })).toMatchObject({ id: user.id });
    await db.user.delete({ where: { id: user.id } });
  });
});
