import { PrismaPg } from "@prisma/adapter-pg";
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { isConnectionError, isPoolWaitTimeout } from "@/lib/db/is-connection-error";
import { db } from "@/lib/db/prisma";

const unreachable = new PrismaClient({ adapter: new PrismaPg({ connectionString: "postgresql://postgres@127.0.0.1:9/ib_revise_test", max: 1 }) });
afterAll(async () => {
  await unreachable.$disconnect();
});

const caught = async (work: () => Promise<unknown>) => {
  try {
    await work();
  } catch (err) {
    return err;
  }
  throw new Error("expected the call to fail");
};

describe("isConnectionError", () => {
  it("recognises a server that cannot be reached, for model reads and raw queries", async () => {
    expect(isConnectionError(await caught(() => unreachable.user.findFirst()))).toBe(true);
    expect(isConnectionError(await caught(() => unreachable.$queryRaw`select 1`))).toBe(true);
  });

  it("recognises the errors of a server stopped mid-query (as observed with stop -m immediate)", () => {
    expect(isConnectionError(new Error("Connection terminated unexpectedly"))).toBe(true);
    const shuttingDown = {
      name: "PrismaClientKnownRequestError",
      code: "P2039",
      message: "x",
      meta: { driverAdapterError: { cause: { kind: "postgres", code: "57P03", message: "the database system is shutting down" } } },
    };
    expect(isConnectionError(shuttingDown)).toBe(true);
    const closed = {
      name: "PrismaClientKnownRequestError",
      code: "P2010",
      message: "Raw query failed",
      meta: { driverAdapterError: { cause: { kind: "ConnectionClosed" } } },
    };
    expect(isConnectionError(closed)).toBe(true);
    expect(isConnectionError(Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }))).toBe(true);
  });

  it("does not mistake a failing query for a lost connection", async () => {
    expect(isConnectionError(await caught(() => db.$queryRawUnsafe("select nonsense from nowhere")))).toBe(false);
    const email = `dup-${randomUUID()}@example.test`;
    await db.user.create({ data: { email } });
    expect(isConnectionError(await caught(() => db.user.create({ data: { email } })))).toBe(false);
    expect(isConnectionError(await caught(() => db.user.findUniqueOrThrow({ where: { email: `none-${randomUUID()}@example.test` } })))).toBe(false);
    expect(isConnectionError(new Error("boom"))).toBe(false);
    // pg-pool's wait for a free connection of its own: busy, not down.
    expect(isConnectionError(new Error("timeout exceeded when trying to connect"))).toBe(false);
    expect(isPoolWaitTimeout(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(isPoolWaitTimeout(new Error("Connection terminated due to connection timeout"))).toBe(false);
    expect(isConnectionError(undefined)).toBe(false);
  });
});
