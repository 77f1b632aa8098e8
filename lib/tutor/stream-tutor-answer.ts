import { createUIMessageStreamResponse, streamText, type ModelMessage, type TextStreamPart, type ToolSet, type UIMessageChunk } from "ai";
import type { AiOutcome } from "@/lib/ai-usage/record-ai-usage";
import type { FeedbackModel } from "@/lib/feedback/feedback-model";
import { logger } from "@/lib/observability/logger";
import { cutAnswerMessage, describeProviderFailure, providerFailureError, type ProviderFailure } from "@/lib/tutor/provider-failure";

export type TutorAnswerEnd = {
  text: string;
  status: "complete" | "cut" | "stopped";
  outcome: AiOutcome;
  /** The provider's count when it sent one (the last chunk); otherwise an estimate from the text. */
  usage: { inputTokens: number; outputTokens: number };
  latencyMs: number;
  failure: ProviderFailure | null;
};

export type TutorCall = {
  model: FeedbackModel;
  system: string;
  messages: ModelMessage[];
  maxOutputTokens: number;
  timeoutMs: number;
  estimatedInputTokens: number;
  /** The request's signal: a student who closes the page stops the model too. */
  signal?: AbortSignal;
  /** Sent in the stream's first and last chunks (the last also gets `status` and `messageId`). */
  metadata: Record<string, unknown>;
  /**
   * Runs exactly once when the answer has ended, however it ended, before the stream closes: stores the
   * answer, records usage, settles the allowance. Returns the stored answer's id, if it was stored.
   */
  finish: (end: TutorAnswerEnd) => Promise<string | null>;
};

type Progress = { text: string; finishReason?: string; usage?: { inputTokens?: number; outputTokens?: number }; failure?: unknown };

const TEXT_ID = "answer";

/**
 * Text that arrives within this long of the last piece sent goes out with the next one: a chunk per
 * token costs the event loop as much again in framing, gzip and writes (npm run bench:tutor), and a
 * reader does not see 50 ms. When the process is busy, more tokens wait per chunk, so the cost per token
 * falls just when it matters.
 */
export const DELTA_FLUSH_MS = 50;

/**
 * The stream is private to one student (never stored by anyone) and is sent uncompressed: gzip of an
 * event stream costs per chunk and buys little on short text ("no-transform" tells the server's
 * compression to leave it alone).
 */
export const TUTOR_STREAM_HEADERS = { "cache-control": "private, no-store, no-transform" };

/**
 * Asks the model and streams its answer to the browser as an AI SDK UI message stream (server-sent
 * events). Nothing is sent until the first token: a provider that fails before it (429, 5xx, timeout,
 * unreadable output) becomes a 503 JSON error with Retry-After instead of a stream that says nothing.
 * After it, a failure cannot change the status any more: the answer so far is kept, marked "cut", and an
 * `error` chunk tells the student what happened. No retries: a student waiting behind a backoff is worse
 * off than one told to try again.
 */
export async function streamTutorAnswer(call: TutorCall): Promise<Response> {
  const stopped = new AbortController();
  const timeout = AbortSignal.timeout(call.timeoutMs);
  const started = performance.now();
  const result = streamText({
    model: call.model,
    system: call.system,
    messages: call.messages,
    maxOutputTokens: call.maxOutputTokens,
    maxRetries: 0,
    abortSignal: AbortSignal.any([stopped.signal, timeout, ...(call.signal ? [call.signal] : [])]),
    // Failures are read from the stream below; the default handler would print the whole request.
    onError: () => {},
  });
  const parts = result.fullStream[Symbol.asyncIterator]();
  const progress: Progress = { text: "" };

  const conclude = async (): Promise<{ end: TutorAnswerEnd; messageId: string | null }> => {
    const end = answerEnd(progress, call, performance.now() - started, timeout.aborted, stopped.signal.aborted || Boolean(call.signal?.aborted));
    if (end.failure) logger.warn({ failure: end.failure, status: end.status, chars: end.text.length }, "tutor: the model's answer did not complete");
    try {
      return { end, messageId: await call.finish(end) };
    } catch (err) {
      logger.error({ err }, "tutor: could not store the answer or its usage");
      return { end, messageId: null };
    }
  };

  const first = await nextText(parts, progress);
  if (first === null) {
    const { end } = await conclude();
    throw providerFailureError(progress.failure ?? new Error("The model sent no answer."), end.outcome === "timeout");
  }

  const stream = new ReadableStream<UIMessageChunk>({
    start(controller) {
      // Once the student has gone (cancel), writes have nowhere to go; the model call still ends and is stored.
      const send = (chunk: UIMessageChunk) => {
        try {
          controller.enqueue(chunk);
        } catch {
          /* the reader is gone */
        }
      };
      send({ type: "start", messageMetadata: call.metadata });
      send({ type: "text-start", id: TEXT_ID });
      send({ type: "text-delta", id: TEXT_ID, delta: first });
      void (async () => {
        let pending = "";
        let timer: ReturnType<typeof setTimeout> | null = null;
        const flush = () => {
          if (timer) clearTimeout(timer);
          timer = null;
          if (pending) send({ type: "text-delta", id: TEXT_ID, delta: pending });
          pending = "";
        };
        for (let delta = await nextText(parts, progress); delta !== null; delta = await nextText(parts, progress)) {
          pending += delta;
          timer ??= setTimeout(flush, DELTA_FLUSH_MS);
        }
        flush();
        const { end, messageId } = await conclude();
        send({ type: "text-end", id: TEXT_ID });
        if (end.status === "cut") send({ type: "error", errorText: cutAnswerMessage(end.outcome === "timeout") });
        send({
          type: "finish",
          finishReason: end.status === "complete" ? "stop" : "other",
          messageMetadata: { ...call.metadata, status: end.status, messageId },
        });
        try {
          controller.close();
        } catch {
          /* already cancelled */
        }
      })();
    },
    cancel() {
      stopped.abort();
    },
  });
  return createUIMessageStreamResponse({ stream, headers: TUTOR_STREAM_HEADERS });
}

/** The next piece of answer text, or null once the model's stream has ended (finished, failed or aborted). */
async function nextText(parts: AsyncIterator<TextStreamPart<ToolSet>>, progress: Progress): Promise<string | null> {
  for (;;) {
    let step: IteratorResult<TextStreamPart<ToolSet>>;
    try {
      step = await parts.next();
    } catch (err) {
      // A connection dropped mid-answer surfaces as a throw from the iterator, not as an error part.
      progress.failure ??= err;
      return null;
    }
    if (step.done) return null;
    const part = step.value;
    if (part.type === "text-delta" && part.text) {
      progress.text += part.text;
      return part.text;
    }
    if (part.type === "error") progress.failure ??= part.error;
    if (part.type === "finish") {
      progress.finishReason = part.finishReason;
      progress.usage = part.totalUsage;
    }
  }
}

function answerEnd(progress: Progress, call: TutorCall, latencyMs: number, timedOut: boolean, stoppedByStudent: boolean): TutorAnswerEnd {
  const reported = progress.usage?.inputTokens !== undefined && progress.usage.outputTokens !== undefined;
  const usage = reported
    ? { inputTokens: progress.usage!.inputTokens!, outputTokens: progress.usage!.outputTokens! }
    : progress.text
      ? // The stream broke before its usage chunk: charge what was sent and what arrived, estimated.
        { inputTokens: call.estimatedInputTokens, outputTokens: Math.ceil(progress.text.length / 3) }
      : // Refused before any token (429, 5xx): providers bill nothing for that, so neither do we.
        { inputTokens: 0, outputTokens: 0 };
  // An empty answer is no answer, whatever the finish reason says.
  const complete = !progress.failure && progress.text.length > 0 && (progress.finishReason === "stop" || progress.finishReason === "length");
  if (complete) return { text: progress.text, status: "complete", outcome: "ok", usage, latencyMs, failure: null };
  if (stoppedByStudent && !timedOut) return { text: progress.text, status: "stopped", outcome: "stopped", usage, latencyMs, failure: null };
  const failure = describeProviderFailure(
    progress.failure ?? new Error(`The stream ended without finishing (${progress.finishReason ?? "no finish"}).`),
    timedOut,
  );
  return { text: progress.text, status: "cut", outcome: progress.text ? (timedOut ? "timeout" : "cut") : failure.outcome, usage, latencyMs, failure };
}
