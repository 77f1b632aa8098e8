import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { peakStates, sampleConnections } from "./db-connections";
import { connectionPortsTo } from "./server-process";

// This test process stands in for the app: the connections it opens are "the app's".
describe("the app process's database connections by state", () => {
  const dbPort = Number(new URL(env.DATABASE_URL).port || 5432);
  const observer = new pg.Client({ connectionString: env.DATABASE_URL });
  const held = new pg.Client({ connectionString: env.DATABASE_URL });
  beforeAll(async () => {
    await Promise.all([observer.connect(), held.connect()]);
  });
  afterAll(async () => {
    await Promise.all([observer.end(), held.end()]);
  });

  it("sees a connection this process leaves idle in a transaction", async () => {
    expect(connectionPortsTo(process.pid, [dbPort]).size).toBeGreaterThanOrEqual(2);
    await held.query("begin");
    await held.query("select 1 as held");
    await new Promise((r) => setTimeout(r, 150));
    const sampler = sampleConnections(process.pid, [{ name: "primary", client: observer, port: dbPort }], 20);
    sampler.setLabel("held");
    await new Promise((r) => setTimeout(r, 100));
    const samples = await sampler.stop();
    await held.query("rollback");
    expect(samples.every((s) => s.label === "held")).toBe(true);
    // The observer's own query is the one active connection; the held one waits in its transaction.
    const peak = peakStates(samples).primary!;
    expect(peak).toMatchObject({ active: 1, idleInTransaction: 1 });
    expect(peak.longestTransactionMs).toBeGreaterThanOrEqual(150);
    expect(peak.heldBy["select 1 as held"]).toBe(1);
  });
});
