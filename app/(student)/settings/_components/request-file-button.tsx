"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { FormAlert } from "@/app/_components/ui/form-alert";
import type { FormState } from "@/lib/http/form-state";
import { buttonClass } from "@/app/_components/ui/button";

function AskButton({ children }: { children: React.ReactNode }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} className={buttonClass({ variant: "secondary" })}>
      {pending ? "Asking…" : children}
    </button>
  );
}

/** A one-button form that asks for a file and says what happens next. */
export function RequestFileButton({ action, label }: { action: (previous: FormState, formData: FormData) => Promise<FormState>; label: string }) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-2">
      <AskButton>{label}</AskButton>
      <FormAlert message={state.error} />
      <FormAlert tone="success" message={state.success} />
    </form>
  );
}
