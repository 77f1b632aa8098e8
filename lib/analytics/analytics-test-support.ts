import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/prisma";

/** The analytics read a replica; the tests write to the primary. Wait until the replica has replayed it all. */
export async function waitForReplica(): Promise<void> {
  const [primary] = await db.$primary().$queryRaw<{ lsn: string }[]>`select pg_current_wal_lsn()::text as lsn`;
  for (let i = 0; i < 400; i++) {
    const [r] = await db.$replica().$queryRaw<{ ok: boolean }[]>`select coalesce(pg_last_wal_replay_lsn() >= ${primary!.lsn}::pg_lsn, true) as ok`;
    if (r?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("replica did not catch up");
}

/** Users of this test run, optionally signed up at a given time; delete with deleteUsers (their data cascades). */
export async function createUsers(count: number, createdAt?: Date, role: "STUDENT" | "ADMIN" = "STUDENT"): Promise<string[]> {
  const rows = await db.user.createManyAndReturn({
    data: Array.from({ length: count }, () => ({
      email: `analytics-${randomUUID()}@example.test`,
      role,
      onboardedAt: new Date(),
      ...(createdAt ? { createdAt } : {}),
    })),
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

export async function deleteUsers(ids: string[]): Promise<void> {
  await db.user.deleteMany({ where: { id: { in: ids } } });
}

/** A UTC day as the views store it. */
export const utcDay = (d: Date) => d.toISOString().slice(0, 10);
