import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { completion, type ChatRequest } from "@/lib/feedback/test-openai-server";

// Test support only (imported by *.test.ts): a local server speaking OpenAI's STREAMING chat-completions
// protocol as OpenAI sends it: server-sent events of `chat.completion.chunk`s, a last chunk with an empty
// `choices` and the `usage` when the request asks for `stream_options.include_usage`, then `[DONE]`. The
// sibling test-openai-server.ts answers non-streaming requests (written feedback) in unit tests; this one
// also answers them (setCompletion) when one app talks to one stand-in for both, as in e2e.

export type StreamMode =
  /** Streams `tokens` one chunk each (`delayMs` apart), then the finish and usage chunks. */
  | { kind: "tokens"; tokens: string[]; delayMs?: number; usage?: { prompt: number; completion: number } }
  /** Streams the first `after` tokens, then drops the connection: no finish, no usage, no [DONE]. */
  | { kind: "cut"; tokens: string[]; after: number }
  /** Answers with an HTTP error before any token; `retryAfter` (seconds) sets Retry-After. */
  | { kind: "error"; status: number; retryAfter?: number }
  /** Answers 200 with an event stream whose data lines are not JSON. */
  | { kind: "malformed" };

/** `port`: 0 (any free port) for unit tests; a fixed one when another process's env must name it (e2e/tutor.spec.ts). */
export async function startTestOpenAiStreamServer(
  initial: StreamMode = { kind: "tokens", tokens: ["Hello", "!"] },
  { port: listenPort = 0 }: { port?: number } = {},
) {
  let mode = initial;
  // Non-streaming requests (structured written feedback): answered with this output after `delayMs`.
  let structured: { output: unknown; delayMs: number } | null = null;
  const requests: ChatRequest[] = [];

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (req.method !== "POST" || req.url !== "/v1/chat/completions")
      return sendJson(res, 404, { error: { message: "no route", type: "invalid_request_error" } });
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as ChatRequest;
    requests.push(body);
    if (body.stream !== true) {
      if (!structured) return sendJson(res, 400, { error: { message: "no structured output set", type: "invalid_request_error" } });
      const { output, delayMs } = structured;
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
      return sendJson(res, 200, completion(body, JSON.stringify(output)));
    }
    const current = mode;
    if (current.kind === "error") {
      const headers: Record<string, string> = current.retryAfter === undefined ? {} : { "retry-after": String(current.retryAfter) };
      return sendJson(
        res,
        current.status,
        { error: { message: "stand-in failure", type: current.status === 429 ? "rate_limit_exceeded" : "server_error" } },
        headers,
      );
    }
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
    if (current.kind === "malformed") {
      res.write("data: {this is not json\n\n");
      return res.end("data: [DONE]\n\n");
    }
    const id = `chatcmpl-stand-in-${Date.now()}`;
    const chunk = (choices: unknown[], extra: Record<string, unknown> = {}) =>
      `data: ${JSON.stringify({ id, object: "chat.completion.chunk", created: Math.floor(Date.now() / 1000), model: body.model, choices, ...extra })}\n\n`;
    const delta = (content: string, first: boolean) =>
      chunk([{ index: 0, delta: first ? { role: "assistant", content } : { content }, finish_reason: null, logprobs: null }]);

    const sendable = current.kind === "cut" ? current.tokens.slice(0, current.after) : current.tokens;
    const delayMs = current.kind === "tokens" ? (current.delayMs ?? 0) : 0;
    for (const [i, token] of sendable.entries()) {
      if (res.destroyed) return;
      res.write(delta(token, i === 0));
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
    if (current.kind === "cut") {
      // Let the tokens reach the client before the connection dies, as a proxy timing out mid-answer would.
      await new Promise((resolve) => setTimeout(resolve, 20));
      res.socket?.destroy();
      return;
    }
    if (res.destroyed) return;
    res.write(chunk([{ index: 0, delta: {}, finish_reason: "stop", logprobs: null }]));
    const streamOptions = body.stream_options as { include_usage?: boolean } | undefined;
    if (streamOptions?.include_usage) {
      const usage = current.usage ?? { prompt: Math.ceil(JSON.stringify(body.messages).length / 4), completion: current.tokens.length };
      res.write(chunk([], { usage: { prompt_tokens: usage.prompt, completion_tokens: usage.completion, total_tokens: usage.prompt + usage.completion } }));
    }
    res.end("data: [DONE]\n\n");
  }

  await new Promise<void>((resolve) => server.listen(listenPort, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    /** The base URL to give the OpenAI provider (it appends /chat/completions). */
    baseURL: `http://127.0.0.1:${port}/v1`,
    /** Every request body received, in order: what was sent to the "provider". */
    requests,
    setMode(next: StreamMode) {
      mode = next;
    },
    /** What non-streaming (structured output) requests get from now on, `delayMs` after they arrive. */
    setCompletion(output: unknown, { delayMs = 0 }: { delayMs?: number } = {}) {
      structured = { output, delayMs };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  if (res.destroyed || res.headersSent) return;
  res.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body));
}
