"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/http/form-state";

/** One button posting to a server action with hidden fields, and the action's message beside it. */
export function ActionButton({
  action,
  fields,
  label,
  accessibleLabel,
  danger = false,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  label: string;
  accessibleLabel?: string;
  danger?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        disabled={pending}
        aria-label={accessibleLabel}
        className={`rounded-md px-3 py-1.5 text-sm font-medium disabled:opacity-60 ${danger ? "bg-red-700 text-white hover:bg-red-800" : "border border-slate-300 bg-white hover:bg-slate-50"}`}
      >
        {label}
      </button>
      {state.error && (
        <span role="alert" className="text-sm text-red-700">
          {state.error}
        </span>
      )}
      {state.success && (
        <span role="status" className="text-sm text-emerald-700">
          {state.success}
        </span>
      )}
    </form>
  );
}
