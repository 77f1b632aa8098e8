import type { FormState } from "@/lib/http/form-state";

/** What a one-button server action answered, beside its button: an error, or what it did. */
export function ActionMessage({ state }: { state: FormState }) {
  if (state.error)
    return (
      <span role="alert" className="text-sm text-red-700">
        {state.error}
      </span>
    );
  if (state.success)
    return (
      <span role="status" className="text-sm text-emerald-700">
        {state.success}
      </span>
    );
  return null;
}
