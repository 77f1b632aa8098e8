import { tutorApiPath } from "@/lib/tutor/tutor-subject";
import { afterEach, describe, expect, it, vi } from "vitest";
import { deleteTutorThread, loadTutorThread, sendTutorMessage } from "@/lib/tutor/tutor-client";
import type { TutorStreamEvent } from "@/lib/tutor/read-tutor-stream";

// The browser side against hand-made responses: fetch is the only thing replaced (the server side is
// tested against a streaming stand-in model in tutor-api.test.ts).

afterEach(() => vi.unstubAllGlobals());

const sse = (chunk: unknown) => `data: ${JSON.stringify(chunk)}\n\n`;
const encoder = new TextEncoder();

function streamResponse(parts: string[], { hang = false } = {}): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const p of parts) controller.enqueue(encoder.encode(p));
      if (!hang) controller.close();
    },
  });
  return new Response(body, { headers: { "content-type": "text/event-stream" } });
}

function jsonError(status: number, error: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ error }), { status, headers: { "content-type": "application/json", ...headers } });
}

function stubFetch(respond: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const calls: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal("fetch", async (url: string, init: RequestInit = {}) => {
    calls.push({ url, init });
    if (init.signal?.aborted) throw new DOMException("aborted", "AbortError");
    return respond(url, init);
  });
  return calls;
}

describe("sendTutorMessage", () => {
  it("posts the intent and hands on each event as it arrives", async () => {
    const calls = stubFetch(() =>
      streamResponse([
        sse({ type: "start", messageMetadata: { mode: "hint" } }),
        sse({ type: "text-delta", id: "answer", delta: "Try " }),
        sse({ type: "text-delta", id: "answer", delta: "$x^2$" }),
        sse({ type: "finish", messageMetadata: { mode: "hint", status: "complete", messageId: "m-9" } }),
        "data: [DONE]\n\n",
      ]),
    );
    const events: TutorStreamEvent[] = [];
    const result = await sendTutorMessage(tutorApiPath({ kind: "question", id: "q-1" }), { intent: "similar-question" }, { onEvent: (e) => events.push(e) });
    expect(result).toEqual({ ok: true, status: "complete", messageId: "m-9" });
    expect(events.filter((e) => e.type === "text").map((e) => (e as { delta: string }).delta)).toEqual(["Try ", "$x^2$"]);
    expect(calls[0]!.url).toBe("/api/v1/tutor/questions/q-1/messages");
    expect(calls[0]!.init.method).toBe("POST");
    expect(JSON.parse(calls[0]!.init.body as string)).toEqual({ intent: "similar-question" });
  });

  it("ends as stopped when the student stops the answer mid-stream", async () => {
    const stop = new AbortController();
    stubFetch((_url, init) => {
      // A body that keeps the connection open until the signal fires, as a real fetch does.
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(encoder.encode(sse({ type: "text-delta", delta: "Half an" })));
          init.signal!.addEventListener("abort", () => controller.error(new DOMException("aborted", "AbortError")));
        },
      });
      return new Response(body);
    });
    const events: TutorStreamEvent[] = [];
    const result = await sendTutorMessage(
      tutorApiPath({ kind: "question", id: "q-1" }),
      { message: "why?" },
      {
        signal: stop.signal,
        onEvent: (e) => {
          events.push(e);
          stop.abort();
        },
      },
    );
    expect(result).toEqual({ ok: true, status: "stopped", messageId: null });
    expect(events).toEqual([{ type: "text", delta: "Half an" }]);
  });

  it("ends as stopped when stopped before the response came", async () => {
    const stop = new AbortController();
    stop.abort();
    stubFetch(() => streamResponse([]));
    expect(await sendTutorMessage(tutorApiPath({ kind: "question", id: "q-1" }), { message: "hi" }, { signal: stop.signal, onEvent: () => {} })).toEqual({
      ok: true,
      status: "stopped",
      messageId: null,
    });
  });

  it("reports a stream that ends without finishing as cut, with a message", async () => {
    stubFetch(() => streamResponse([sse({ type: "text-delta", delta: "Par" })]));
    const events: TutorStreamEvent[] = [];
    const result = await sendTutorMessage(tutorApiPath({ kind: "question", id: "q-1" }), { message: "hi" }, { onEvent: (e) => events.push(e) });
    expect(result).toMatchObject({ ok: true, status: "cut" });
    expect(events.at(-1)).toMatchObject({ type: "error" });
  });

  it("surfaces the JSON refusals' messages, codes, reset time and wait", async () => {
    const cases = [
      jsonError(
        429,
        {
          code: "tutor_allowance_exhausted",
          message: "You have used today's tutor allowance. It resets at 00:00 UTC, in 3 hours.",
          details: { resetsAt: "2026-12-08T00:00:00.000Z" },
        },
        { "retry-after": "10800" },
      ),
      jsonError(503, { code: "tutor_busy", message: "The tutor is busy right now. Please try again in 20 seconds." }, { "retry-after": "20" }),
      jsonError(503, { code: "tutor_unavailable", message: "The tutor is unavailable right now. Please try again in a moment." }),
      jsonError(409, { code: "needs_marking", message: "Answer the question first." }),
      jsonError(409, { code: "in_running_mock", message: "Finish your mock paper first." }),
      jsonError(400, { code: "validation_failed", message: "Keep your message under 2000 characters." }),
    ];
    const results = [];
    for (const response of cases) {
      stubFetch(() => response);
      results.push(await sendTutorMessage(tutorApiPath({ kind: "question", id: "q-1" }), { message: "hi" }, { onEvent: () => {} }));
    }
    expect(results[0]).toEqual({
      ok: false,
      status: 429,
      code: "tutor_allowance_exhausted",
      message: "You have used today's tutor allowance. It resets at 00:00 UTC, in 3 hours.",
      resetsAt: "2026-12-08T00:00:00.000Z",
      retryAfterSeconds: 10800,
    });
    expect(results[1]).toMatchObject({ status: 503, code: "tutor_busy", retryAfterSeconds: 20 });
    expect(results.slice(2).map((r) => (r.ok ? null : r.code))).toEqual(["tutor_unavailable", "needs_marking", "in_running_mock", "validation_failed"]);
  });

  it("falls back to a sentence when the error body is not ours, and when the network is down", async () => {
    stubFetch(() => new Response("<html>Bad gateway</html>", { status: 503 }));
    expect(await sendTutorMessage(tutorApiPath({ kind: "question", id: "q-1" }), { message: "hi" }, { onEvent: () => {} })).toMatchObject({
      ok: false,
      status: 503,
      code: "unknown",
      message: expect.stringMatching(/unavailable/),
    });
    vi.stubGlobal("fetch", () => Promise.reject(new TypeError("Failed to fetch")));
    expect(await sendTutorMessage(tutorApiPath({ kind: "question", id: "q-1" }), { message: "hi" }, { onEvent: () => {} })).toMatchObject({
      ok: false,
      status: null,
      code: "offline",
    });
  });
});

describe("loadTutorThread and deleteTutorThread", () => {
  it("reads the thread, and the 404 of a tutor that is off", async () => {
    const thread = {
      questionId: tutorApiPath({ kind: "question", id: "q-1" }),
      mode: "hint",
      intents: ["ask", "similar-question"],
      messages: [],
      allowance: null,
    };
    stubFetch(() => Response.json(thread));
    expect(await loadTutorThread(tutorApiPath({ kind: "question", id: "q-1" }))).toEqual({ ok: true, thread });
    stubFetch(() => jsonError(404, { code: "not_found", message: "There is no tutor here." }));
    expect(await loadTutorThread(tutorApiPath({ kind: "question", id: "q-1" }))).toMatchObject({ ok: false, status: 404, message: "There is no tutor here." });
  });

  it("deletes with DELETE", async () => {
    const calls = stubFetch(() => Response.json({ deleted: true }));
    expect(await deleteTutorThread(tutorApiPath({ kind: "question", id: "q-1" }))).toEqual({ ok: true });
    expect(calls[0]).toMatchObject({ url: "/api/v1/tutor/questions/q-1", init: { method: "DELETE" } });
  });
});
