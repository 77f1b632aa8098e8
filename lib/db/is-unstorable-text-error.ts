// PostgreSQL refuses text it cannot store: 22021 (a NUL byte in a text value) and 22P05 (an escape such
// as a lone surrogate in json). Inputs are checked at the edge (lib/http/clean-input.ts); this catches
// what reaches the database some other way, so it is the caller's 400, never our 500.
const UNSTORABLE_TEXT_CODES = new Set(["22021", "22P05"]);

export function isUnstorableTextError(err: unknown): boolean {
  if (!err || typeof err !== "object") return false;
  const meta = (err as { meta?: { driverAdapterError?: { cause?: { code?: unknown } } } }).meta;
  const direct = (err as { code?: unknown }).code;
  const code = meta?.driverAdapterError?.cause?.code ?? direct;
  return typeof code === "string" && UNSTORABLE_TEXT_CODES.has(code);
}
