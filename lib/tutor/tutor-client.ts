import type { TutorThreadView } from "@/lib/tutor/get-tutor-thread";
import type { TutorIntent } from "@/lib/tutor/tutor-input";
import type { TutorMessageView } from "@/lib/tutor/tutor-thread";
import { readTutorStream, type TutorStreamEvent } from "@/lib/tutor/read-tutor-stream";

// The tutor panel's calls to app/api/v1/tutor/. Browser code: type-only imports from the server side.

/** A refusal as the student reads it. `code` is the API's (needs_marking, tutor_allowance_exhausted, …). */
export type TutorFailure = { ok: false; status: number | null; code: string; message: string; resetsAt?: string; retryAfterSeconds?: number };

export type TutorSendResult = { ok: true; status: TutorMessageView["status"]; messageId: string | null } | TutorFailure;

// `path` is a thread's API path (tutorApiPath in tutor-subject.ts): a question's or a topic's.

/** The thread, mode, quick actions and allowance; a failure when the tutor is off (404) or unreachable. */
export async function loadTutorThread(path: string, signal?: AbortSignal): Promise<{ ok: true; thread: TutorThreadView } | TutorFailure> {
  const res = await fetch(path, { headers: { accept: "application/json" }, signal }).catch(() => null);
  if (!res) return offline("The tutor could not be reached. Check your connection and try again.");
  if (!res.ok) return failureOf(res);
  const thread = (await res.json().catch(() => null)) as TutorThreadView | null;
  return thread ? { ok: true, thread } : offline("The tutor sent an answer that could not be read. Please try again.");
}

/**
 * Asks the tutor and hands each event of the streamed answer to `onEvent` as it arrives. Aborting
 * `signal` (the Stop button) ends the read; the server stores the answer so far as "stopped", and so
 * does the result. A refusal before the stream (400, 404, 409, 429, 503) comes back as its message.
 */
export async function sendTutorMessage(
  path: string,
  input: { message?: string; intent?: TutorIntent; step?: number },
  { signal, onEvent }: { signal?: AbortSignal; onEvent: (event: TutorStreamEvent) => void },
): Promise<TutorSendResult> {
  let res: Response;
  try {
    res = await fetch(`${path}/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify(input),
      signal,
    });
  } catch {
    if (signal?.aborted) return { ok: true, status: "stopped", messageId: null };
    return offline("Your question did not reach the tutor. Check your connection and try again.");
  }
  if (!res.ok || !res.body) return failureOf(res);

  let finished: TutorSendResult | null = null;
  let broke = false;
  try {
    for await (const event of readTutorStream(res.body)) {
      if (event.type === "error") broke = true;
      if (event.type === "finish") finished = { ok: true, status: event.status, messageId: event.messageId };
      onEvent(event);
    }
  } catch {
    if (signal?.aborted) return { ok: true, status: "stopped", messageId: null };
    // The connection dropped mid-answer: what arrived is on the page; the server keeps it as "cut".
    onEvent({ type: "error", message: "The connection to the tutor broke, so the answer was cut off. What arrived is kept: ask again to continue." });
    return { ok: true, status: "cut", messageId: null };
  }
  if (finished) return finished;
  if (signal?.aborted) return { ok: true, status: "stopped", messageId: null };
  if (!broke) onEvent({ type: "error", message: "The answer ended before it was finished. What arrived is kept: ask again to continue." });
  return { ok: true, status: "cut", messageId: null };
}

/** Deletes the student's thread about the question. */
export async function deleteTutorThread(path: string): Promise<{ ok: true } | TutorFailure> {
  const res = await fetch(path, { method: "DELETE" }).catch(() => null);
  if (!res) return offline("The conversation could not be deleted: the tutor could not be reached. Try again.");
  return res.ok ? { ok: true } : failureOf(res);
}

const offline = (message: string): TutorFailure => ({ ok: false, status: null, code: "offline", message });

// What a student reads when the body has no message of its own (a proxy's error page, a cut response).
const fallbackByStatus: Record<number, string> = {
  404: "The tutor is not available for this question.",
  409: "The tutor cannot answer that right now.",
  429: "You have used today's tutor allowance. It resets at midnight UTC.",
  503: "The tutor is unavailable right now. Please try again in a moment.",
};

/** A JSON error from the route wrapper (`{ error: { code, message, details? } }`), as a failure. */
export async function failureOf(res: Response): Promise<TutorFailure> {
  const body = (await res.json().catch(() => null)) as { error?: { code?: unknown; message?: unknown; details?: { resetsAt?: unknown } } } | null;
  const error = body?.error;
  const retryAfter = Number(res.headers.get("retry-after"));
  const message =
    typeof error?.message === "string" && error.message.trim() ? error.message : (fallbackByStatus[res.status] ?? "Something went wrong. Please try again.");
  return {
    ok: false,
    status: res.status,
    code: typeof error?.code === "string" ? error.code : "unknown",
    message,
    ...(typeof error?.details?.resetsAt === "string" ? { resetsAt: error.details.resetsAt } : {}),
    ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterSeconds: retryAfter } : {}),
  };
}
