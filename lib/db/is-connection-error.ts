// The shapes below are what adapter-pg and Prisma produce when a server is stopped in the middle of a
// burst of reads (observed with `pg_ctlcluster ... stop -m immediate`, see replica-failover.test.ts):
//   - PrismaClientKnownRequestError P1001 / P1017 / P2010 / P2039 whose meta.driverAdapterError.cause has
//     kind DatabaseNotReachable (ECONNREFUSED), ConnectionClosed (ECONNRESET), SocketTimeout, or kind
//     "postgres" with a FATAL shutdown code (57P01 admin shutdown, 57P03 "the database system is shutting
//     down");
//   - a bare Error "Connection terminated unexpectedly" from pg, which adapter-pg cannot classify and
//     rethrows as is (and "Connection terminated due to connection timeout" for a server that does not
//     answer within the pool's connectionTimeoutMillis).

const CONNECTION_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
const PRISMA_CONNECTION_CODES = new Set(["P1001", "P1002", "P1008", "P1017"]);
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EHOSTUNREACH", "EPIPE"]);
// Class 08 is "connection exception"; 57P01-57P03 are the server shutting down, crashing or starting up.
const isConnectionSqlState = (code: unknown) => typeof code === "string" && (code.startsWith("08") || ["57P01", "57P02", "57P03"].includes(code));
const CONNECTION_MESSAGES =
  /Connection terminated|Can't reach database server|Server has closed the connection|Client has encountered a connection error|the database system is (shutting down|starting up)|terminating connection due to administrator command/i;

type ErrorLike = { code?: unknown; message?: unknown; kind?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };

function isAdapterCause(cause: unknown): boolean {
  if (!cause || typeof cause !== "object") return false;
  const c = cause as ErrorLike;
  return (typeof c.kind === "string" && CONNECTION_KINDS.has(c.kind)) || (c.kind === "postgres" && isConnectionSqlState(c.code));
}

/**
 * True when `err` says the connection to the database was lost or could not be made (as opposed to the
 * query itself failing): the same read may then succeed on another server.
 */
export function isConnectionError(err: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = err;
  // Walk the cause chain: Prisma wraps the adapter's error, which wraps pg's.
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const e = current as ErrorLike;
    if (typeof e.code === "string" && (PRISMA_CONNECTION_CODES.has(e.code) || SOCKET_CODES.has(e.code) || isConnectionSqlState(e.code))) return true;
    if (isAdapterCause(e.cause) || isAdapterCause((e.meta?.driverAdapterError as ErrorLike | undefined)?.cause)) return true;
    if (typeof e.message === "string" && CONNECTION_MESSAGES.test(e.message)) return true;
    current = e.cause;
  }
  return false;
}

/**
 * True when the read waited longer than connectionTimeoutMillis for a free connection in this process's
 * own pool: the server may be fine, only busy, so it says nothing about the replica's health.
 */
export function isPoolWaitTimeout(err: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = err;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const message = (current as ErrorLike).message;
    if (typeof message === "string" && /timeout exceeded when trying to connect/.test(message)) return true;
    current = (current as ErrorLike).cause;
  }
  return false;
}
