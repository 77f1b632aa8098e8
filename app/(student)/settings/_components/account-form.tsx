"use client";

import { useActionState } from "react";
import { FormAlert } from "@/app/_components/ui/form-alert";
import { TextField } from "@/app/_components/ui/fields";
import type { FormState } from "@/lib/http/form-state";
import { useFormStatus } from "react-dom";
import { buttonClass } from "@/app/_components/ui/button";

type Field = { name: string; label: string; type?: string; autoComplete?: string; hint?: string; defaultValue?: string };

function SaveButton({ label }: { label: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} className={buttonClass()}>
      {pending ? "Saving…" : label}
    </button>
  );
}

/**
 * One account change (name, email, password): stays on screen after success so the student sees what
 * happened; password fields are emptied by the re-render (they are never echoed back).
 */
export function AccountForm({
  action,
  fields,
  submitLabel,
  label,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: Field[];
  submitLabel: string;
  label: string;
}) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} aria-label={label} className="mt-3 max-w-md space-y-3" noValidate>
      {fields.map((f) => (
        <TextField
          key={f.name}
          label={f.label}
          name={f.name}
          type={f.type}
          autoComplete={f.autoComplete}
          hint={f.hint}
          defaultValue={state.values?.[f.name] ?? f.defaultValue}
          error={state.fieldErrors?.[f.name]}
        />
      ))}
      <FormAlert message={state.error} />
      <FormAlert tone="success" message={state.success} />
      <SaveButton label={submitLabel} />
    </form>
  );
}
