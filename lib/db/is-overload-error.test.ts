import { describe, expect, it } from "vitest";
import { createDbClients } from "@/lib/db/prisma";
import { isConnectionError } from "@/lib/db/is-connection-error";
import { isOverloadError } from "@/lib/db/is-overload-error";
import { errorResponse } from "@/lib/api/route";
import { env } from "@/lib/env";

describe("an exhausted connection pool", () => {
  it("is recognised as overload (not a lost connection) and answered 503 with Retry-After", async () => {
    // One connection, held by a transaction: a second transaction cannot start within its wait.
    const clients = createDbClients({
      primaryUrl: env.DATABASE_URL,
      replicaUrls: [],
      poolSize: 1,
      replicaHealth: { checkIntervalMs: 60_000, maxLagSeconds: 10, recoveryChecks: 2 },
    });
    let release!: () => void;
    let acquired!: () => void;
    const holding = new Promise<void>((resolve) => (acquired = resolve));
    const held = clients.db.$transaction(
      async (tx) => {
        await tx.$queryRaw`select 1`;
        acquired();
        await new Promise<void>((resolve) => (release = resolve));
      },
      { timeout: 10_000 },
    );
    await holding;
    const caught = await clients.db
      .$transaction(async (tx) => tx.$queryRaw`select 1`, { maxWait: 300 })
      .then(
        () => null,
        (err: unknown) => err,
      );
    release();
    await held;
    await clients.disconnect();

    expect(caught).not.toBeNull();
    expect(isOverloadError(caught)).toBe(true);
    expect(isConnectionError(caught)).toBe(false);
    const res = errorResponse(caught, "req-overload");
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBeTruthy();
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unavailable");
  });

  it("leaves other errors alone", () => {
    expect(isOverloadError(new Error("duplicate key value violates unique constraint"))).toBe(false);
    expect(isOverloadError(null)).toBe(false);
  });
});
