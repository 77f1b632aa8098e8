import { APICallError } from "ai";
import { ServiceUnavailableError } from "@/lib/errors";

/** Longest Retry-After passed on to the student: a provider asking for an hour is "later", not a timer. */
const MAX_RETRY_SECONDS = 600;

/** What went wrong with the provider, for the usage row and the log: never the request or reply text. */
export type ProviderFailure = { outcome: "timeout" | "error"; statusCode?: number; name: string; message: string };

export function describeProviderFailure(err: unknown, timedOut: boolean): ProviderFailure {
  const statusCode = APICallError.isInstance(err) ? err.statusCode : undefined;
  const name = err instanceof Error ? err.name : "Error";
  const message = (err instanceof Error ? err.message : String(err)).slice(0, 200);
  return { outcome: timedOut ? "timeout" : "error", ...(statusCode === undefined ? {} : { statusCode }), name, message };
}

/**
 * A provider failure before any token arrived, as the student's answer: always a 503 with a message and
 * a Retry-After (a provider's own 429 passes its wait on), never a 500. None of it is the student's doing.
 */
export function providerFailureError(err: unknown, timedOut: boolean): ServiceUnavailableError {
  if (timedOut) return new ServiceUnavailableError(10, "The tutor took too long to answer. Please try again.", "tutor_timeout");
  if (APICallError.isInstance(err) && err.statusCode === 429) {
    const wait = retryAfterSeconds(err.responseHeaders?.["retry-after"]) ?? 20;
    return new ServiceUnavailableError(wait, `The tutor is busy right now. Please try again in ${wait} seconds.`, "tutor_busy");
  }
  return new ServiceUnavailableError(30, "The tutor is unavailable right now. Please try again in a moment.", "tutor_unavailable");
}

/** What the student reads when an answer stops part-way: the text so far stays on the page and in the thread. */
export function cutAnswerMessage(timedOut: boolean): string {
  return timedOut
    ? "The tutor took too long, so the answer was cut off. What arrived is kept: ask again to continue."
    : "The connection to the tutor broke, so the answer was cut off. What arrived is kept: ask again to continue.";
}

/** Retry-After as seconds or an HTTP date, clamped; undefined when absent or unreadable. */
export function retryAfterSeconds(header: string | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = /^\d+$/.test(header.trim()) ? Number(header) : (Date.parse(header) - now) / 1_000;
  if (!Number.isFinite(seconds)) return undefined;
  return Math.min(MAX_RETRY_SECONDS, Math.max(1, Math.ceil(seconds)));
}
