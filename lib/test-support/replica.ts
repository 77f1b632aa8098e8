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
