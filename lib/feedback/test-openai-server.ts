import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

// Test support only (imported by *.test.ts): a local server speaking OpenAI's chat-completions protocol,
// so the feedback path runs through the real SDK and HTTP instead of a mocked model.

export type StandInMode =
  /**
   * Answers with `output` as the structured result (JSON content, or a tool call when tools are sent),
   * reporting `usage` (default 100 tokens in, 50 out) as a provider does.
   */
  | { kind: "good"; output: unknown; usage?: StandInUsage }
  /** Answers 200 with content that is not JSON, as a model ignoring the format would. */
  | { kind: "malformed" }
  /** Holds the request open until the client gives up (or `ms` pass, then answers with `output`). */
  | { kind: "slow"; ms: number; output?: unknown }
  /** Answers with an HTTP error (a 400 is not retried by the SDK). */
  | { kind: "error"; status: number };

export type StandInUsage = { inputTokens: number; outputTokens: number };

const DEFAULT_USAGE: StandInUsage = { inputTokens: 100, outputTokens: 50 };

export type ChatRequest = {
  model: string;
  messages: { role: string; content: unknown }[];
  response_format?: { type: string; json_schema?: { name?: string; schema?: unknown; strict?: boolean } };
  tools?: { type: string; function: { name: string } }[];
  [key: string]: unknown;
};

export async function startTestOpenAiServer(initial: StandInMode = { kind: "malformed" }) {
  let mode = initial;
  const requests: ChatRequest[] = [];
  // Requests being answered now, and at each request's arrival the ones open with it (itself included):
  // the most requests open at once is the largest of these.
  const open = new Set<ChatRequest>();
  const openAtArrival: ChatRequest[][] = [];

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (req.method !== "POST" || req.url !== "/v1/chat/completions")
      return sendJson(res, 404, { error: { message: `no route ${req.method} ${req.url}`, type: "invalid_request_error" } });
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let body: ChatRequest;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as ChatRequest;
    } catch {
      return sendJson(res, 400, { error: { message: "request body is not JSON", type: "invalid_request_error" } });
    }
    requests.push(body);
    open.add(body);
    openAtArrival.push([...open]);
    res.on("close", () => open.delete(body));
    const current = mode;
    switch (current.kind) {
      case "good":
        return sendJson(res, 200, completion(body, JSON.stringify(current.output), current.usage));
      case "malformed":
        return sendJson(res, 200, completion(body, "I think the student did quite well overall, maybe 2 marks?"));
      case "error":
        return sendJson(res, current.status, { error: { message: "stand-in failure", type: "server_error" } });
      case "slow": {
        const timer = setTimeout(() => sendJson(res, 200, completion(body, JSON.stringify(current.output ?? {}))), current.ms);
        res.on("close", () => clearTimeout(timer));
        return;
      }
    }
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    /** The base URL to give the OpenAI provider (it appends /chat/completions). */
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    setMode(next: StandInMode) {
      mode = next;
    },
    /** The most requests (of those `which` picks, default all) that were being answered at the same time. */
    peakConcurrency(which: (request: ChatRequest) => boolean = () => true): number {
      return Math.max(0, ...openAtArrival.map((batch) => batch.filter(which).length));
    },
    close: () =>
      new Promise<void>((resolve) => {
        // A slow request may still be open: drop it rather than wait for it.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A chat completion carrying `content` the way the request asked for structured output. */
export function completion(request: ChatRequest, content: string, usage: StandInUsage = DEFAULT_USAGE) {
  const tool = request.tools?.find((t) => t.type === "function");
  const message = tool
    ? { role: "assistant", content: null, tool_calls: [{ id: "call_stand_in", type: "function", function: { name: tool.function.name, arguments: content } }] }
    : { role: "assistant", content };
  return {
    id: `chatcmpl-stand-in-${Date.now()}`,
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model: request.model,
    choices: [{ index: 0, message, finish_reason: tool ? "tool_calls" : "stop", logprobs: null }],
    usage: { prompt_tokens: usage.inputTokens, completion_tokens: usage.outputTokens, total_tokens: usage.inputTokens + usage.outputTokens },
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  if (res.destroyed || res.headersSent) return;
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}
