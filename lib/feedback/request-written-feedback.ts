import { generateText, NoObjectGeneratedError, NoOutputGeneratedError, Output, type LanguageModelUsage } from "ai";
import { z } from "zod";
import { recordAiUsage, type AiOutcome } from "@/lib/ai-usage/record-ai-usage";
import { db } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { logger } from "@/lib/observability/logger";
import { feedbackModelFromEnv, type FeedbackModel } from "@/lib/feedback/feedback-model";
import {
  markbandFeedbackPrompt,
  markbandFeedbackSystem,
  writtenFeedbackPrompt,
  writtenFeedbackSystem,
  type FeedbackPromptInput,
} from "@/lib/feedback/written-feedback-prompt";
import {
  feedbackForCriteria,
  feedbackForLabels,
  modelBandFeedbackSchema,
  modelFeedbackSchema,
  parseStoredFeedback,
  type StoredFeedback,
  type UnavailableReason,
} from "@/lib/feedback/written-feedback-schema";
import type { MarkbandCriterion } from "@/lib/questions/markbands-input";

export type WrittenFeedbackResult =
  { outcome: "stored"; feedback: StoredFeedback } | { outcome: "skipped"; reason: "not_found" | "not_written" | "blank_answer" | "already_ready" };

export type WrittenFeedbackOptions = {
  /** The model to ask; null = none configured. Defaults to the one the environment configures. */
  model?: FeedbackModel | null;
  /** Defaults to AI_FEEDBACK_TIMEOUT_MS. */
  timeoutMs?: number;
};

const writtenAnswer = z.object({ type: z.literal("WRITTEN"), text: z.string() });

/**
 * The AI-feedback job's work for one attempt: asks the model for per-markscheme-point feedback on a
 * written answer and stores it in attempts.ai_feedback, as a suggestion beside the student's own marking.
 *
 * Idempotent: feedback already "ready" is kept and the model is not asked again; an "unavailable" one
 * is retried. Problems with the model (none configured, too slow, unusable output, unreachable) are
 * stored as an unavailable status and never thrown, so the job does not retry what will fail the same
 * way; only database errors throw. Marks and status of the attempt are never touched: only the column
 * is written.
 */
export async function generateWrittenFeedback({ attemptId }: { attemptId: string }, options: WrittenFeedbackOptions = {}): Promise<WrittenFeedbackResult> {
  if (!z.uuid().safeParse(attemptId).success) return { outcome: "skipped", reason: "not_found" };
  // The primary: the job runs right after the answer was written.
  const attempt = await db.$primary().attempt.findUnique({
    where: { id: attemptId },
    select: {
      userId: true,
      answer: true,
      aiFeedback: true,
      question: {
        select: {
          type: true,
          stem: true,
          commandTerm: true,
          marks: true,
          markbands: true,
          markingPoints: { orderBy: { sortOrder: "asc" }, select: { label: true, kind: true, marks: true, text: true } },
        },
      },
    },
  });
  if (!attempt) return { outcome: "skipped", reason: "not_found" };
  const answer = writtenAnswer.safeParse(attempt.answer);
  if (attempt.question.type !== "WRITTEN" || !answer.success || !attempt.question.markingPoints.length) return { outcome: "skipped", reason: "not_written" };
  if (!answer.data.text.trim()) return { outcome: "skipped", reason: "blank_answer" };
  if (parseStoredFeedback(attempt.aiFeedback)?.status === "ready") return { outcome: "skipped", reason: "already_ready" };

  const model = options.model === undefined ? feedbackModelFromEnv() : options.model;
  const { question } = attempt;
  const markbands = Array.isArray(question.markbands) && question.markbands.length ? (question.markbands as MarkbandCriterion[]) : null;
  const input: FeedbackPromptInput = {
    stem: question.stem,
    commandTerm: question.commandTerm,
    marks: question.marks,
    points: question.markingPoints,
    answer: answer.data.text,
    markbands,
  };
  const feedback: StoredFeedback = model
    ? await askModelRecorded(model, input, options.timeoutMs ?? env.AI_FEEDBACK_TIMEOUT_MS, { attemptId, userId: attempt.userId })
    : { status: "unavailable", reason: "not_configured" };

  // Conditional: a concurrent run that stored "ready" first is not overwritten (with a worse result).
  const written = await db.$executeRaw`
    update attempts set ai_feedback = ${JSON.stringify(feedback)}::jsonb
    where id = ${attemptId}::uuid and (ai_feedback is null or ai_feedback->>'status' is distinct from 'ready')`;
  return written === 1 ? { outcome: "stored", feedback } : { outcome: "skipped", reason: "already_ready" };
}

/** Tokens the provider reported for a call; filled in by askModel as soon as the SDK hands them over. */
type ReportedUsage = { inputTokens: number; outputTokens: number };

/** A model was asked, so "not_configured" cannot happen here; it maps to "error" only to be total. */
const usageOutcome: Record<UnavailableReason, AiOutcome> = { timeout: "timeout", error: "error", invalid_output: "invalid_output", not_configured: "error" };

/**
 * askModel, with its `ai_usage` row: one per model call (an SDK retry inside the call is the same row),
 * whatever the call ended as. Tokens are the provider's reported usage, 0 when it reported none (a
 * failed request). recordAiUsage never throws, so the feedback stored is exactly what it was without it.
 */
async function askModelRecorded(
  model: FeedbackModel,
  input: FeedbackPromptInput,
  timeoutMs: number,
  { attemptId, userId }: { attemptId: string; userId: string },
): Promise<StoredFeedback> {
  const usage: ReportedUsage = { inputTokens: 0, outputTokens: 0 };
  const started = performance.now();
  const feedback = await askModel(model, input, timeoutMs, attemptId, usage);
  const outcome = feedback.status === "ready" ? "ok" : usageOutcome[feedback.reason];
  await recordAiUsage({ userId, feature: "written-feedback", model: model.modelId, ...usage, latencyMs: performance.now() - started, outcome });
  return feedback;
}

function noteUsage(into: ReportedUsage, reported: LanguageModelUsage | undefined) {
  into.inputTokens = reported?.inputTokens ?? 0;
  into.outputTokens = reported?.outputTokens ?? 0;
}

async function askModel(model: FeedbackModel, input: FeedbackPromptInput, timeoutMs: number, attemptId: string, usage: ReportedUsage): Promise<StoredFeedback> {
  const signal = AbortSignal.timeout(timeoutMs);
  const modelId = model.modelId;
  try {
    if (input.markbands) return await askForPlacings(model, { ...input, markbands: input.markbands }, signal, attemptId, usage);
    const result = await generateText({
      model,
      system: writtenFeedbackSystem,
      prompt: writtenFeedbackPrompt(input),
      output: Output.object({ schema: modelFeedbackSchema, name: "written_answer_feedback" }),
      abortSignal: signal,
      // One retry for a transient server error; the timeout bounds both tries together.
      maxRetries: 1,
    });
    noteUsage(usage, result.usage);
    const { output } = result;
    const fitted = feedbackForLabels(
      output,
      input.points.map((p) => p.label),
    );
    if (!fitted) {
      logger.warn({ attemptId, model: modelId, labels: output.points.map((p) => p.label) }, "ai feedback: output does not cover the markscheme");
      return { status: "unavailable", reason: "invalid_output" };
    }
    return { status: "ready", model: modelId, ...fitted, generatedAt: new Date().toISOString() };
  } catch (err) {
    if (signal.aborted) {
      logger.warn({ attemptId, model: modelId, timeoutMs }, "ai feedback: model timed out");
      return { status: "unavailable", reason: "timeout" };
    }
    // Unusable output was still paid for: its usage comes with the error.
    if (NoObjectGeneratedError.isInstance(err)) noteUsage(usage, err.usage);
    if (NoObjectGeneratedError.isInstance(err) || NoOutputGeneratedError.isInstance(err)) {
      logger.warn({ attemptId, model: modelId, err: briefly(err) }, "ai feedback: output is not the requested structure");
      return { status: "unavailable", reason: "invalid_output" };
    }
    logger.error({ attemptId, model: modelId, err: briefly(err) }, "ai feedback: model request failed");
    return { status: "unavailable", reason: "error" };
  }
}

/** A markband answer: the model suggests a level and mark per criterion, checked against the bands. */
async function askForPlacings(
  model: FeedbackModel,
  input: FeedbackPromptInput & { markbands: MarkbandCriterion[] },
  signal: AbortSignal,
  attemptId: string,
  usage: ReportedUsage,
): Promise<StoredFeedback> {
  const result = await generateText({
    model,
    system: markbandFeedbackSystem,
    prompt: markbandFeedbackPrompt(input),
    output: Output.object({ schema: modelBandFeedbackSchema, name: "markband_feedback" }),
    abortSignal: signal,
    maxRetries: 1,
  });
  noteUsage(usage, result.usage);
  const { output } = result;
  const fitted = feedbackForCriteria(output, input.markbands);
  if (!fitted) {
    logger.warn({ attemptId, model: model.modelId, criteria: output.criteria.map((c) => c.criterion) }, "ai feedback: output does not fit the markbands");
    return { status: "unavailable", reason: "invalid_output" };
  }
  return { status: "ready", model: model.modelId, points: [], ...fitted, generatedAt: new Date().toISOString() };
}

/**
 * The SDK's errors carry the whole request and reply (the question, the student's answer, the model's
 * text): kept out of the logs, which need only what failed.
 */
function briefly(err: unknown) {
  if (!(err instanceof Error)) return { message: String(err).slice(0, 200) };
  const statusCode = (err as { statusCode?: unknown }).statusCode;
  return { name: err.name, message: err.message.slice(0, 200), ...(typeof statusCode === "number" ? { statusCode } : {}) };
}
