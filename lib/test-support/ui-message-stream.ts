// Test support: an AI SDK UI message stream (server-sent events) read as a browser client reads it.

export type StreamChunk = {
  type: string;
  delta?: string;
  errorText?: string;
  data?: Record<string, unknown>;
  messageMetadata?: Record<string, unknown>;
};

/** Every event of the stream, in order, up to `[DONE]`. */
export async function readUiMessageStream(res: Response): Promise<StreamChunk[]> {
  const text = await res.text();
  return text
    .split("\n\n")
    .map((event) => event.replace(/^data: /, "").trim())
    .filter((data) => data && data !== "[DONE]")
    .map((data) => JSON.parse(data) as StreamChunk);
}

/** The answer's text, its deltas joined. */
export const streamedText = (chunks: StreamChunk[]) =>
  chunks
    .filter((c) => c.type === "text-delta")
    .map((c) => c.delta)
    .join("");
