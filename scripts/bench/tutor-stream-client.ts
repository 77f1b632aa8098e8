// One student asking the tutor over HTTP and reading the answer to its end, as the panel does: POST
// `{ message, intent }`, then the UI message stream read with the browser's own parser.
import { readTutorStream } from "@/lib/tutor/read-tutor-stream";

export type TutorStreamResult = {
  /** HTTP status of the answer (200 for a stream; a refusal is JSON with its code). */
  status: number;
  /** Why it is not a complete answer: the refusal's code, the stream's error, or what the client threw. */
  error: string | null;
  /** ms from sending the request to the first text delta; null when none came. */
  firstTokenMs: number | null;
  /** ms from sending the request to the end of the stream (or the refusal). */
  totalMs: number;
  deltas: number;
  /** The `finish` chunk's status: "complete" for a whole answer. */
  finish: string | null;
};

/** `onFirstToken` runs when the first text arrives; `onEnd` when the answer (or refusal) is over, however it ended. */
export type StreamHooks = { onFirstToken?: () => void; onEnd?: () => void };

export async function askTutorOverHttp(
  origin: string,
  cookie: string,
  questionId: string,
  message: string,
  hooks: StreamHooks = {},
): Promise<TutorStreamResult> {
  const started = performance.now();
  const since = () => performance.now() - started;
  const result: TutorStreamResult = { status: 0, error: null, firstTokenMs: null, totalMs: 0, deltas: 0, finish: null };
  try {
    const res = await fetch(`${origin}/api/v1/tutor/questions/${questionId}/messages`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json" },
      body: JSON.stringify({ message, intent: "ask" }),
    });
    result.status = res.status;
    if (!res.ok || !res.body) {
      const body = (await res.json().catch(() => null)) as { error?: { code?: string } } | null;
      result.error = `${res.status} ${body?.error?.code ?? "no body"}`;
    } else {
      for await (const event of readTutorStream(res.body)) {
        if (event.type === "text") {
          if (result.firstTokenMs === null) {
            result.firstTokenMs = since();
            hooks.onFirstToken?.();
          }
          result.deltas += 1;
        } else if (event.type === "error") result.error = `stream error: ${event.message}`;
        else if (event.type === "finish") result.finish = event.status;
      }
      if (!result.error && result.finish !== "complete") result.error = `stream ended ${result.finish ?? "without a finish chunk"}`;
    }
  } catch (err) {
    result.error = err instanceof Error ? err.message : String(err);
  }
  result.totalMs = since();
  hooks.onEnd?.();
  return result;
}
