import { PrismaPg } from "@prisma/adapter-pg";
import { readReplicas } from "@prisma/extension-read-replicas";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import { noteQuery } from "@/lib/db/query-counter";

function createClient(connectionString: string, role: "primary" | "replica") {
  // application_name makes each pool visible in pg_stat_activity (and lets tests prove where a read ran).
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: env.DATABASE_POOL_SIZE, application_name: `ib-revise-${role}` }),
  });
  // Counted on each underlying client: the replica extension hands reads straight to these clients, so a
  // hook on the outer client would never see them.
  return client.$extends({
    query: {
      async $allOperations({ operation, model, args, query }) {
        noteQuery(operation, model);
        return query(args);
      },
    },
  }) as unknown as PrismaClient;
}

function createDb() {
  const primary = createClient(env.DATABASE_URL, "primary");
  const replicas = env.DATABASE_REPLICA_URLS.map((url) => createClient(url, "replica"));
  // With no replica configured the primary serves reads too, so callers never branch on topology.
  const db = primary.$extends(readReplicas({ replicas: replicas.length ? replicas : [primary] }));
  return { primary, db };
}

type Db = ReturnType<typeof createDb>;
// One set of pools per process, surviving the dev server's module reloads.
const globalForDb = globalThis as unknown as { ibReviseDb?: Db };
const clients: Db = (globalForDb.ibReviseDb ??= createDb());

/**
 * The application's database client. Model reads (findMany, count, ...) go to a replica and may lag the
 * primary by a moment; writes and transactions go to the primary. A read that must see the caller's own
 * write says so at the call: `db.$primary().attempt.findMany(...)`. Raw queries run on the primary unless
 * sent with `db.$replica().$queryRaw`.
 */
export const db = clients.db;
export type DbClient = typeof db;

/** Closes every pool (scripts and tests; the server keeps its pools for its lifetime). */
export async function disconnectDb(): Promise<void> {
  await db.$disconnect();
  delete globalForDb.ibReviseDb;
}

/** The client inside `db.$transaction(async (tx) => ...)`. */
export type DbTransaction = Parameters<Extract<Parameters<DbClient["$transaction"]>[0], (...args: never[]) => unknown>>[0];
