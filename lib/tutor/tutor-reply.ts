import { createUIMessageStreamResponse, type ModelMessage, type UIMessageChunk } from "ai";
import { env } from "@/lib/env";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { recordAiUsage } from "@/lib/ai-usage/record-ai-usage";
import type { FeedbackModel } from "@/lib/feedback/feedback-model";
import { logger } from "@/lib/observability/logger";
import type { TutorMode } from "@/lib/tutor/tutor-grounding";
import { estimateTokens } from "@/lib/tutor/tutor-prompt";
import { reserveTutorTokens, settleTutorTokens } from "@/lib/tutor/tutor-allowance";
import { screenTutorMessage } from "@/lib/tutor/screen-tutor-message";
import { TUTOR_STREAM_HEADERS, streamTutorAnswer } from "@/lib/tutor/stream-tutor-answer";
import type { TutorSubject } from "@/lib/tutor/tutor-subject";
import { THREAD_MAX_MESSAGES, saveTutorExchange } from "@/lib/tutor/tutor-thread";
import { tutorModelFromEnv } from "@/lib/tutor/tutor-model";

export type AskTutorOptions = {
  /** Defaults to the environment's (null: the tutor is off). */
  model?: FeedbackModel | null;
  timeoutMs?: number;
  maxOutputTokens?: number;
  signal?: AbortSignal;
};

/** The tutor does not exist without a model or with its kill switch off: every route answers 404. */
export function requireTutorModel(model: FeedbackModel | null | undefined = tutorModelFromEnv()): FeedbackModel {
  if (!model) throw new NotFoundError("There is no tutor here.");
  return model;
}

/** The thread must have room for a question and its answer. */
export function requireThreadRoom(messages: number): void {
  if (messages + 2 > THREAD_MAX_MESSAGES) throw new ConflictError("This conversation is as long as it can get. Delete it to start a new one.", "thread_full");
}

/** One exchange of a thread: who asks, about what, in which mode, and how the thread shows the question. */
export type TutorRequest = {
  userId: string;
  subject: TutorSubject;
  mode: TutorMode;
  asked: { content: string; at: Date };
};

/**
 * What the student wrote, screened before any model sees it (screen-tutor-message.ts): the fixed reply
 * when it is declined, stored and sent like any answer; null when it may go on to the model.
 */
export async function screenedReply(request: TutorRequest, message: string, topicTitle: string): Promise<Response | null> {
  const screened = message ? screenTutorMessage(message, topicTitle) : null;
  if (!screened) return null;
  // The category only: what the student wrote stays in their thread, not in the logs.
  logger.info({ category: screened.category }, "tutor: a request was declined before the model");
  return fixedReply(request, screened.reply);
}

/** An answer the server wrote itself: stored in the thread like the model's and sent as one chunk. */
export async function fixedReply(request: TutorRequest, text: string, extra: UIMessageChunk[] = []): Promise<Response> {
  const messageId = await saveTutorExchange({ ...request, question: request.asked, answer: { content: text, status: "complete", at: new Date() } });
  const metadata = { mode: request.mode };
  return createUIMessageStreamResponse({
    headers: TUTOR_STREAM_HEADERS,
    stream: replayStream([
      { type: "start", messageMetadata: metadata },
      ...extra,
      { type: "text-start", id: "answer" },
      { type: "text-delta", id: "answer", delta: text },
      { type: "text-end", id: "answer" },
      { type: "finish", finishReason: "stop", messageMetadata: { ...metadata, status: "complete", messageId } },
    ]),
  });
}

/**
 * The model's answer, streamed: the allowance is reserved for the worst case first, and once the stream
 * has ended the exchange is stored, the usage recorded and the allowance settled with what was used.
 */
export async function modelReply(
  request: TutorRequest,
  prompt: { system: string; messages: ModelMessage[] },
  model: FeedbackModel,
  options: AskTutorOptions,
): Promise<Response> {
  const maxOutputTokens = options.maxOutputTokens ?? env.TUTOR_MAX_OUTPUT_TOKENS;
  const estimatedInputTokens = estimateTokens(prompt.system, prompt.messages);
  const reservation = await reserveTutorTokens(request.userId, estimatedInputTokens + maxOutputTokens);

  return streamTutorAnswer({
    model,
    ...prompt,
    maxOutputTokens,
    timeoutMs: options.timeoutMs ?? env.TUTOR_TIMEOUT_MS,
    estimatedInputTokens,
    signal: options.signal,
    metadata: { mode: request.mode },
    finish: async (end) => {
      const used = end.usage.inputTokens + end.usage.outputTokens;
      const [messageId] = await Promise.all([
        // Nothing arrived: nothing to keep (the panel still has the student's words for a retry).
        end.text ? saveTutorExchange({ ...request, question: request.asked, answer: { content: end.text, status: end.status, at: new Date() } }) : null,
        recordAiUsage({ userId: request.userId, feature: "tutor", model: model.modelId, ...end.usage, latencyMs: end.latencyMs, outcome: end.outcome }),
        settleTutorTokens(reservation, used),
      ]);
      return messageId;
    },
  });
}

function replayStream(chunks: UIMessageChunk[]): ReadableStream<UIMessageChunk> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}
