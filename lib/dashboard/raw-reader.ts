import type { DbClient } from "@/lib/db/prisma";

export type RawReader = Pick<DbClient, "$queryRaw">;

/**
 * Where a reader's raw queries run. The replica extension sends model reads to a replica but raw queries
 * to the primary unless asked, so the replica-routing client (what readerFor returns outside the
 * read-your-writes window) is asked explicitly; the primary client (inside the window) has no $replica.
 */
export function rawReader(reader: DbClient): RawReader {
  return typeof (reader as Partial<DbClient>).$replica === "function" ? reader.$replica() : reader;
}
