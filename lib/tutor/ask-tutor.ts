import { createUIMessageStreamResponse, type UIMessageChunk } from "ai";
import { env } from "@/lib/env";
import { BadRequestError, ConflictError, NotFoundError } from "@/lib/errors";
import { logger } from "@/lib/observability/logger";
import { recordAiUsage } from "@/lib/ai-usage/record-ai-usage";
import type { FeedbackModel } from "@/lib/feedback/feedback-model";
import { afterMarkingIntents, type TutorMessageInput } from "@/lib/tutor/tutor-input";
import { loadTutorQuestion } from "@/lib/tutor/load-tutor-grounding";
import { reserveTutorTokens, settleTutorTokens } from "@/lib/tutor/tutor-allowance";
import { HISTORY_MAX_TURNS, estimateTokens, intentWording, tutorPrompt } from "@/lib/tutor/tutor-prompt";
import type { TutorGrounding } from "@/lib/tutor/tutor-grounding";
import { screenTutorMessage } from "@/lib/tutor/screen-tutor-message";
import { stepWording, workedSolutionSteps, type NamedStep } from "@/lib/tutor/worked-solution-steps";
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
 * with a variant from its generator, and a request the server screens out (screen-tutor-message.ts) with
 * its fixed reply, both without the model.
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

  const step = namedStep(grounding, input.step);
  const asked = { content: input.message || (step ? stepWording(step.number) : input.intent === "ask" ? "" : intentWording[input.intent]), at: new Date() };
  const metadata = { mode: grounding.mode };
  const screened = input.message ? screenTutorMessage(input.message, grounding.question.topic.title) : null;
  if (screened) {
    // The category only: what the student wrote stays in their thread, not in the logs.
    logger.info({ category: screened.category }, "tutor: a request was declined before the model");
    return fixedReply({ userId, questionId, mode: grounding.mode, asked, text: screened.reply, metadata });
  }
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

  const { system, messages } = tutorPrompt(grounding, history.recent, asked.content, input.intent, step);
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

/** The step the student named, from the worked solution they were shown after marking (400 if it has no such step). */
function namedStep(grounding: TutorGrounding, number: number | undefined): NamedStep | undefined {
  if (number === undefined || grounding.mode !== "after-marking") return undefined;
  const steps = workedSolutionSteps(grounding.marked.workedSolution);
  const text = steps[number - 1];
  if (!text)
    throw new BadRequestError(`The worked solution has ${steps.length} ${steps.length === 1 ? "step" : "steps"}: pick one of them.`, undefined, "unknown_step");
  return { number, text };
}

/** An answer the server wrote itself: stored in the thread like the model's and sent as one chunk. */
async function fixedReply(reply: {
  userId: string;
  questionId: string;
  mode: TutorGrounding["mode"];
  asked: { content: string; at: Date };
  text: string;
  metadata: Record<string, unknown>;
}): Promise<Response> {
  const messageId = await saveTutorExchange({
    userId: reply.userId,
    questionId: reply.questionId,
    mode: reply.mode,
    question: reply.asked,
    answer: { content: reply.text, status: "complete", at: new Date() },
  });
  return createUIMessageStreamResponse({
    stream: replayStream([
      { type: "start", messageMetadata: reply.metadata },
      { type: "text-start", id: "answer" },
      { type: "text-delta", id: "answer", delta: reply.text },
      { type: "text-end", id: "answer" },
      { type: "finish", finishReason: "stop", messageMetadata: { ...reply.metadata, status: "complete", messageId } },
    ]),
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
