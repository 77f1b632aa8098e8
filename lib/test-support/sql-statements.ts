import pg from "pg";
import { vi } from "vitest";

/**
 * Every SQL statement `work` sends, counted at the driver (both pools, BEGIN/COMMIT included). Unlike
 * countQueries, which only sees operations through the extended client, this also counts reads routed
 * to a replica and through db.$primary().
 */
export async function countSqlStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const spy = vi.spyOn(pg.Client.prototype, "query");
  try {
    const result = await work();
    const statements = spy.mock.calls.map(([q]) =>
      String(typeof q === "string" ? q : ((q as { text?: string }).text ?? ""))
        .replace(/\s+/g, " ")
        .slice(0, 60),
    );
    return { result, statements };
  } finally {
    spy.mockRestore();
  }
}
