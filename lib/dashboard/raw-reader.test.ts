import { describe, expect, it } from "vitest";
import { db, type DbClient } from "@/lib/db/prisma";
import { rawReader } from "@/lib/dashboard/raw-reader";

const inRecovery = async (client: DbClient) => (await rawReader(client).$queryRaw<{ r: boolean }[]>`select pg_is_in_recovery() as r`)[0]!.r;

// Runs against the real streaming replica (npm run services:replica), like lib/db/replica-routing.test.ts.
describe("rawReader", () => {
  it("sends the dashboard's raw queries to a replica, or to the primary inside the read-your-writes window", async () => {
    expect(await inRecovery(db)).toBe(true);
    expect(await inRecovery(db.$primary() as DbClient)).toBe(false);
  });
});
