import type { AnyJobEvent } from "@/lib/jobs/job-definition";

// Inngest evaluates a concurrency or throttle `key` as a CEL expression over the event. Inline mode
// understands the one form our jobs use, a path into the event's data ("event.data.userId"); anything
// else is refused when the job is defined, rather than silently becoming one shared limit.
const PATH = /^event\.data(\.[A-Za-z_][A-Za-z0-9_]*)+$/;

export function assertSupportedKey(expression: string): void {
  if (!PATH.test(expression)) throw new Error(`inline jobs support keys of the form event.data.<field>, not ${JSON.stringify(expression)}`);
}

/**
 * The key's value for this event, as a string. A missing or non-scalar value groups the run with the
 * other runs that lack it (as Inngest does with an empty key), so a malformed event is still limited.
 */
export function keyOf(expression: string, event: AnyJobEvent): string {
  assertSupportedKey(expression);
  let value: unknown = event.data;
  for (const field of expression.split(".").slice(2))
    value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[field] : undefined;
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : "";
}
