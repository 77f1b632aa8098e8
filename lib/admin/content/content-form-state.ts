import { formError, type FormState } from "@/lib/http/form-state";
import { ContentValidationError } from "@/lib/admin/content/content-validation-error";

/**
 * What an admin form shows for an error: each field's problem under its input (field names are the
 * issues' dotted paths) and a summary; other errors a user can cause as a message; the rest generic.
 */
export function contentFormState(err: unknown, values?: Record<string, string>): FormState {
  if (err instanceof ContentValidationError) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of err.issues) fieldErrors[issue.path || "form"] ??= issue.message;
    const count = Object.keys(fieldErrors).length;
    return { error: count === 1 ? `Check the highlighted field: ${err.issues[0]!.message}.` : `Check the ${count} highlighted fields.`, fieldErrors, values };
  }
  return { ...formError(err), values };
}

/** The posted text values, to put back into a form that is shown again with its errors. */
export function postedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData.entries()) if (typeof value === "string" && !name.startsWith("$ACTION")) values[name] = value.slice(0, 20_000);
  return values;
}
