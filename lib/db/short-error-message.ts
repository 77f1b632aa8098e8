/**
 * The line of a driver error worth showing: Prisma prefixes the cause with an "Invalid `...` invocation"
 * header and a code frame of the call site, and the cause itself is the last line.
 */
export function shortErrorMessage(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const lines = message
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  return (lines.at(-1) ?? "unknown error").slice(0, 300);
}
