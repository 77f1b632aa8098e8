import type { FormState } from "@/lib/http/form-state";
import { contentFormState } from "@/lib/admin/content/content-form-state";
import { ContentValidationError } from "@/lib/admin/content/content-validation-error";

/**
 * contentFormState, except that problems of the question as a whole (path "form": too few parts, a
 * follow-through out of order, a part that breaks a rule) are said plainly: there is no field to highlight.
 */
export function groupFormState(err: unknown): FormState {
  if (err instanceof ContentValidationError && err.issues.every((i) => i.path === "form")) {
    return { error: `${err.issues.map((i) => i.message).join(". ")}.` };
  }
  return contentFormState(err);
}
