// A database that is reachable but has no connection free in time: the pool is exhausted under load.
// Prisma reports it as P2024 (no connection from the pool in time) or P2028 ("Unable to start a
// transaction in the given time"); pg's pool as "timeout exceeded when trying to connect".
const OVERLOAD_CODES = new Set(["P2024", "P2028"]);
const OVERLOAD_MESSAGES = /Unable to start a transaction in the given time|timeout exceeded when trying to connect|Timed out fetching a new connection/i;

/** True when `err` means "too busy right now": the request may succeed if retried a moment later. */
export function isOverloadError(err: unknown): boolean {
  if (!err || typeof err !== "object") return false;
  const e = err as { code?: unknown; message?: unknown };
  return (typeof e.code === "string" && OVERLOAD_CODES.has(e.code)) || (typeof e.message === "string" && OVERLOAD_MESSAGES.test(e.message));
}
