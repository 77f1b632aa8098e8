import type { TutorMode } from "@/lib/tutor/tutor-grounding";
import type { TutorMessageView } from "@/lib/tutor/tutor-thread";

// Browser-side reading of the tutor's answer: the AI SDK's UI message stream (server-sent events, one
// JSON chunk per `data:` line, `data: [DONE]` at the end), parsed by hand. The SDK's own readers
// (`readUIMessageStream`) bring its validation schemas and message-state machinery into the panel's
// chunk for the four chunk kinds the tutor sends; this file is a few hundred bytes gzipped.
// Type-only imports: nothing server-side reaches the browser.

/** What the panel needs from the stream, in order. Chunk kinds the tutor never sends are skipped. */
export type TutorStreamEvent =
  | { type: "start"; mode: TutorMode | null }
  | { type: "text"; delta: string }
  /** The answer stopped part-way; the text so far stays (and is stored as "cut"). */
  | { type: "error"; message: string }
  | { type: "variant"; familyId: string; seed: number; href: string }
  | { type: "finish"; status: TutorMessageView["status"]; messageId: string | null; mode: TutorMode | null };

/**
 * The `data:` payloads of an event stream, one per event, however the network splits the bytes: a
 * line may arrive in pieces, a piece may hold many lines, a character may be split between reads.
 * Ends at `[DONE]` or when the stream ends.
 */
export async function* readEventData(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  // `stream: true` holds back the first bytes of a character split between reads until the rest arrive.
  const decoder = new TextDecoder();
  let buffered = "";
  let data: string[] = [];
  try {
    for (;;) {
      const { value, done } = await reader.read();
      buffered += done ? decoder.decode() : decoder.decode(value, { stream: true });
      // At the end, a last line without its newline still counts; an event without its blank line too.
      const lines = buffered.split(/\r?\n/);
      buffered = done ? "" : lines.pop()!;
      for (const line of done ? [...lines, ""] : lines) {
        if (line === "") {
          if (data.length) {
            const payload = data.join("\n");
            data = [];
            if (payload === "[DONE]") return;
            yield payload;
          }
        } else if (line.startsWith("data:")) data.push(line.slice(line.startsWith("data: ") ? 6 : 5));
        // Comments (":"), event names, ids and retry hints carry nothing the tutor uses.
      }
      if (done) return;
    }
  } finally {
    // Stopping early (Stop, [DONE], a thrown parse) releases the connection instead of leaving it open.
    await reader.cancel().catch(() => {});
  }
}

/** The tutor's events from the response body. A payload that is not JSON is skipped, not fatal. */
export async function* readTutorStream(body: ReadableStream<Uint8Array>): AsyncGenerator<TutorStreamEvent> {
  for await (const payload of readEventData(body)) {
    let chunk: Record<string, unknown>;
    try {
      chunk = JSON.parse(payload) as Record<string, unknown>;
    } catch {
      continue;
    }
    const event = toEvent(chunk);
    if (event) yield event;
  }
}

function toEvent(chunk: Record<string, unknown>): TutorStreamEvent | null {
  const meta = (chunk.messageMetadata ?? {}) as { mode?: TutorMode; status?: TutorMessageView["status"]; messageId?: string | null };
  switch (chunk.type) {
    case "start":
      return { type: "start", mode: meta.mode ?? null };
    case "text-delta":
      return typeof chunk.delta === "string" ? { type: "text", delta: chunk.delta } : null;
    case "error":
      return { type: "error", message: typeof chunk.errorText === "string" ? chunk.errorText : "The answer stopped part-way." };
    case "data-variant": {
      const data = chunk.data as { familyId?: unknown; seed?: unknown; href?: unknown } | undefined;
      // Only a link inside the site: the panel renders it as one.
      if (typeof data?.href !== "string" || !data.href.startsWith("/")) return null;
      return { type: "variant", familyId: String(data.familyId), seed: Number(data.seed), href: data.href };
    }
    case "finish":
      return { type: "finish", status: meta.status ?? "complete", messageId: meta.messageId ?? null, mode: meta.mode ?? null };
    default:
      return null;
  }
}
