import { db } from "@/lib/db/prisma";
import { logger } from "@/lib/observability/logger";

export type AiFeature = "tutor" | "written-feedback";

/** How a model call ended: what the usage page counts and what a refund decision looked at. */
export type AiOutcome = "ok" | "cut" | "stopped" | "timeout" | "error" | "invalid_output" | "refused";

/** The outcomes the usage page counts as errors ("stopped" is the student's choice, not a failure). */
export const AI_ERROR_OUTCOMES: readonly AiOutcome[] = ["cut", "timeout", "error", "invalid_output", "refused"];

export type AiUsageEntry = {
  userId: string | null;
  feature: AiFeature;
  model: string;
  inputTokens: number;
  outputTokens: number;
  latencyMs: number;
  outcome: AiOutcome;
};

/**
 * One row per model call, failures included (they cost too, and their rate is what an operator watches).
 * Never throws: losing a usage row must not turn an answer the student already has into an error; the
 * Redis allowance, not this table, is what enforces the budget.
 */
export async function recordAiUsage(entry: AiUsageEntry): Promise<void> {
  try {
    await db.aiUsage.create({
      data: {
        ...entry,
        inputTokens: Math.max(0, Math.round(entry.inputTokens)),
        outputTokens: Math.max(0, Math.round(entry.outputTokens)),
        latencyMs: Math.max(0, Math.round(entry.latencyMs)),
      },
      select: { id: true },
    });
  } catch (err) {
    logger.error({ err, feature: entry.feature, outcome: entry.outcome }, "could not record AI usage");
  }
}
