/**
 * The UTC hour of `now`, e.g. "2026-11-23T14": part of the idempotency key of requests that should make
 * at most one file per hour (asking again within the hour returns the file already made or in progress).
 */
export function requestHour(now: Date): string {
  return now.toISOString().slice(0, 13);
}
