import { z } from "zod";
import { AppError } from "@/lib/errors";
import { isUnstorableTextError } from "@/lib/db/is-unstorable-text-error";
import { unstorableTextError } from "@/lib/http/clean-input";
import { logger } from "@/lib/observability/logger";

/** What a form's server action returns to its page: a message and per-field errors. */
export type FormState = { error?: string; success?: string; fieldErrors?: Record<string, string>; values?: Record<string, string> };

export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) out[String(issue.path[0] ?? "form")] ??= issue.message;
  return out;
}

/** Maps an error from a form's action to what the form shows; unknown errors are logged and generic. */
export function formError(err: unknown): FormState {
  if (err instanceof AppError) return { error: err.message };
  if (isUnstorableTextError(err)) return { error: unstorableTextError("text").message };
  logger.error({ err }, "unhandled error in server action");
  return { error: "Something went wrong on our side. Please try again." };
}
