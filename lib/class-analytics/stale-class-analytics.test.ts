import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cache } from "@/lib/cache/cache-aside";
import { createDbClients, db } from "@/lib/db/prisma";
import { isConnectionError } from "@/lib/db/is-connection-error";
import { rejectionOf } from "@/lib/test-support/rejection";
import { createTestClass, deleteTestClass, type TestClass } from "@/lib/test-support/test-class";
import { createTestUser } from "@/lib/test-support/users";
import { classAnalyticsKey } from "@/lib/class-cache/class-analytics-cache";
import { getClassAnalytics } from "./get-class-analytics";

// The database "down": a client on a port nothing listens on (as in the dashboard's stale test).
let dead: ReturnType<typeof createDbClients>;
let cls: TestClass;

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
  cls = await createTestClass({ students: 2 });
});
afterAll(async () => {
  await dead.disconnect();
  await cache.invalidate(classAnalyticsKey(cls.id));
  await deleteTestClass(cls);
});

describe("class analytics while the database is down", () => {
  it("serve the last copy, marked stale, to a teacher of the class when it was made, and to nobody else", async () => {
    const fresh = await getClassAnalytics(cls.teacher, cls.id, { reader: db.$primary() as typeof db });
    expect(fresh.stale).toBeUndefined();
    await cache.invalidate(classAnalyticsKey(cls.id));

    const served = await getClassAnalytics(cls.teacher, cls.id, { reader: dead.db });
    expect(served).toEqual({ ...fresh, stale: true });

    const stranger = await createTestUser({ role: "TEACHER" });
    try {
      expect(isConnectionError(await rejectionOf(getClassAnalytics(stranger, cls.id, { reader: dead.db })))).toBe(true);
    } finally {
      await db.user.delete({ where: { id: stranger.id } });
    }
  });
});
