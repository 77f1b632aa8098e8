import { AsyncLocalStorage } from "node:async_hooks";

type Scope = { queries: number; operations: string[] };
const storage = new AsyncLocalStorage<Scope>();

/** Called for every Prisma operation; counts it when a counting scope is active (tests, benchmarks). */
export function noteQuery(operation: string, model: string | undefined): void {
  const scope = storage.getStore();
  if (!scope) return;
  scope.queries += 1;
  scope.operations.push(model ? `${model}.${operation}` : operation);
}

/** Runs `work` and reports how many database operations it made (including raw queries). */
export async function countQueries<T>(work: () => Promise<T>): Promise<{ result: T; queries: number; operations: string[] }> {
  const scope: Scope = { queries: 0, operations: [] };
  const result = await storage.run(scope, work);
  return { result, queries: scope.queries, operations: scope.operations };
}
