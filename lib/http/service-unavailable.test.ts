import { createServer } from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDbClients } from "@/lib/db/prisma";
import { route, errorResponse } from "@/lib/api/route";

// Real connection errors, from a pg client and a Prisma client pointed at a port nothing listens on:
// the same errors a stopped database produces (ECONNREFUSED).
let closedPort: number;
let dead: ReturnType<typeof createDbClients>;

beforeAll(async () => {
  closedPort = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const port = (probe.address() as { port: number }).port;
      probe.close(() => resolve(port));
    });
  });
  dead = createDbClients({
    primaryUrl: `postgresql://postgres@127.0.0.1:${closedPort}/ib_revise_test`,
    replicaUrls: [],
    poolSize: 1,
    replicaHealth: { checkIntervalMs: 60_000, maxLagSeconds: 10, recoveryChecks: 1 },
  });
});
afterAll(async () => {
  await dead.disconnect();
});

const body = async (res: Response) => (await res.json()) as { error: { code: string; message: string } };

describe("a database that cannot be reached is a 503, not a 500", () => {
  it("maps pg's connection refusal to 503 unavailable with Retry-After", async () => {
    const client = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:${closedPort}/x` });
    const err = await client.connect().then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(Error);
    const res = errorResponse(err, "req-1");
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("30");
    expect(res.headers.get("x-request-id")).toBe("req-1");
    expect((await body(res)).error.code).toBe("unavailable");
  });

  it("answers a write whose database is down with 503 through the route wrapper", async () => {
    const POST = route({ access: "public" }, async () => dead.db.user.create({ data: { email: "never@example.test" } }));
    const res = await POST(new Request("http://127.0.0.1/api/v1/x", { method: "POST" }), { params: Promise.resolve({}) });
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("30");
    expect(await body(res)).toEqual({ error: { code: "unavailable", message: "The service is briefly unavailable. Please try again in a moment." } });
  });

  it("keeps other unexpected errors a 500 without details", async () => {
    const res = errorResponse(new Error("column does not exist"), "req-2");
    expect(res.status).toBe(500);
    expect(res.headers.get("retry-after")).toBeNull();
    expect((await body(res)).error.code).toBe("internal");
  });
});
