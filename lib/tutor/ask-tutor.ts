import { createUIMessageStreamResponse, type UIMessageChunk } from "ai";
import { env } from "@/lib/env";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { recordAiUsage } from "@/lib/ai-usage/record-ai-usage";
import type { FeedbackModel } from "@/lib/feedback/feedback-model";
import { afterMarkingIntents, type TutorMessageInput } from "@/lib/tutor/tutor-input";
import { loadTutorQuestion } from "@/lib/tutor/load-tutor-grounding";
import { reserveTutorTokens, settleTutorTokens } from "@/lib/tutor/tutor-allowance";
import { HISTORY_MAX_TURNS, estimateTokens, intentWording, tutorPrompt } from "@/lib/tutor/tutor-prompt";
import { THREAD_MAX_MESSAGES, loadTutorHistory, saveTutorExchange } from "@/lib/tutor/tutor-thread";
import { tutorModelFromEnv } from "@/lib/tutor/tutor-model";
import { streamTutorAnswer } from "@/lib/tutor/stream-tutor-answer";
import { similarVariantReply } from "@/lib/tutor/similar-variant";

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

/**
 * One question from a student to the tutor about one question, answered as a UI message stream. In
 * order, with every refusal before any cost: the question must be visible to the student, the mode is
 * decided here (not by the client), the thread must have room, the allowance must cover the worst case.
 * Context is read before the model is called and the exchange written after it ends, so no database
 * connection is held while tokens stream. "Give me a similar question" on a generated question answers
 * with a variant from its generator, without the model.
 */
export async function askTutor(userId: string, questionId: string, input: TutorMessageInput, options: AskTutorOptions = {}): Promise<Response> {
  const model = requireTutorModel(options.model === undefined ? tutorModelFromEnv() : options.model);
  const [{ grounding, family }, history] = await Promise.all([loadTutorQuestion(userId, questionId), loadTutorHistory(userId, questionId, HISTORY_MAX_TURNS)]);
  if (grounding.mode === "hint" && afterMarkingIntents.includes(input.intent))
    throw new ConflictError(
      "Answer the question first: the tutor explains marks and steps once your answer is marked. Until then it gives hints.",
      "needs_marking",
    );
  if (history.count + 2 > THREAD_MAX_MESSAGES)
    throw new ConflictError("This conversation is as long as it can get. Delete it to start a new one.", "thread_full");

  const asked = { content: input.message || (input.intent === "ask" ? "" : intentWording[input.intent]), at: new Date() };
  const metadata = { mode: grounding.mode };
  if (input.intent === "similar-question") {
    const variant = similarVariantReply(family);
    if (variant) {
      const messageId = await saveTutorExchange({
        userId,
        questionId,
        mode: grounding.mode,
        question: asked,
        answer: { content: variant.text, status: "complete", at: new Date() },
      });
      return createUIMessageStreamResponse({ stream: replayStream(variant.chunks(metadata, messageId)) });
    }
  }

  const { system, messages } = tutorPrompt(grounding, history.recent, asked.content, input.intent);
  const maxOutputTokens = options.maxOutputTokens ?? env.TUTOR_MAX_OUTPUT_TOKENS;
  const estimatedInputTokens = estimateTokens(system, messages);
  const reservation = await reserveTutorTokens(userId, estimatedInputTokens + maxOutputTokens);

  return streamTutorAnswer({
    model,
    system,
    messages,
    maxOutputTokens,
    timeoutMs: options.timeoutMs ?? env.TUTOR_TIMEOUT_MS,
    estimatedInputTokens,
    signal: options.signal,
    metadata,
    finish: async (end) => {
      const used = end.usage.inputTokens + end.usage.outputTokens;
      const [messageId] = await Promise.all([
        // Nothing arrived: nothing to keep (the panel still has the student's words for a retry).
        end.text
          ? saveTutorExchange({ userId, questionId, mode: grounding.mode, question: asked, answer: { content: end.text, status: end.status, at: new Date() } })
          : null,
        recordAiUsage({ userId, feature: "tutor", model: model.modelId, ...end.usage, latencyMs: end.latencyMs, outcome: end.outcome }),
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
