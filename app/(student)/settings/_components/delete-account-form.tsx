"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { FormAlert } from "@/app/_components/ui/form-alert";
import type { FormState } from "@/lib/http/form-state";

function DeleteButton() {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} className="rounded-md bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60">
      {pending ? "Please wait…" : "Delete my account"}
    </button>
  );
}

export function DeleteAccountForm({ action, graceDays }: { action: (state: FormState, formData: FormData) => Promise<FormState>; graceDays: number }) {
  const [state, formAction] = useActionState(action, {});
  const error = state.fieldErrors?.confirm;
  return (
    <form action={formAction} className="mt-4 space-y-4">
      <label className="flex items-start gap-3">
        <input
          type="checkbox"
          name="confirm"
          className="mt-1 size-4 accent-red-700"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "confirm-error" : undefined}
        />
        <span>
          I understand that my account and all my work will be erased in {graceDays} days unless I cancel, and that I will be signed out on every device now.
        </span>
      </label>
      {error && (
        <p id="confirm-error" className="text-sm text-red-700">
          {error}
        </p>
      )}
      <FormAlert message={state.error} />
      <DeleteButton />
    </form>
  );
}
