import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cache } from "@/lib/cache/cache-aside";
import { redis } from "@/lib/redis/redis-client";
import { createDbClients, db } from "@/lib/db/prisma";
import { isConnectionError } from "@/lib/db/is-connection-error";
import { getStudentDashboard } from "@/lib/dashboard/student-dashboard";
import { dashboardKey, lastGoodDashboardKey } from "@/lib/progress/dashboard-cache";
import { createTestUser } from "@/lib/test-support/users";

// The database "down": a Prisma client on a port nothing listens on, which fails with the same
// connection errors as a stopped server.
let dead: ReturnType<typeof createDbClients>;
const students: string[] = [];

async function createStudent() {
  const user = await createTestUser({ courses: ["physics-sl"], onboarded: false });
  students.push(user.id);
  return user.id;
}

beforeAll(async () => {
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const p = (probe.address() as { port: number }).port;
      probe.close(() => resolve(p));
    });
  });
  dead = createDbClients({
    primaryUrl: `postgresql://postgres@127.0.0.1:${port}/ib_revise_test`,
    replicaUrls: [],
    poolSize: 1,
    replicaHealth: { checkIntervalMs: 60_000, maxLagSeconds: 10, recoveryChecks: 1 },
  });
});
afterAll(async () => {
  await dead.disconnect();
  await db.user.deleteMany({ where: { id: { in: students } } });
});

describe("the dashboard while the database is down", () => {
  it("serves the last computed dashboard, marked stale, once the cached one has expired or been dropped", async () => {
    const userId = await createStudent();
    const fresh = await getStudentDashboard(userId, { reader: db.$primary() as typeof db });
    expect(fresh.stale).toBeUndefined();
    expect(await redis.ttl(lastGoodDashboardKey(userId))).toBeGreaterThan(23 * 3_600);

    await cache.invalidate(dashboardKey(userId)); // as after an answer, or the 10-minute TTL
    const served = await getStudentDashboard(userId, { reader: dead.db });
    expect(served).toEqual({ ...fresh, stale: true });
  });

  it("still serves a fresh cached dashboard as fresh", async () => {
    const userId = await createStudent();
    const fresh = await getStudentDashboard(userId, { reader: db.$primary() as typeof db });
    expect(await getStudentDashboard(userId, { reader: dead.db })).toEqual(fresh);
  });

  it("fails with the connection error when there is no earlier dashboard to fall back on", async () => {
    const userId = await createStudent();
    const err = await getStudentDashboard(userId, { reader: dead.db }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isConnectionError(err)).toBe(true);
  });
});
