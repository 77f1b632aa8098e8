"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/http/form-state";
import { FormAlert } from "./form-alert";
import { SubmitButton } from "./submit-button";
import { TextField } from "./fields";

type Field = { name: string; label: string; type?: string; autoComplete?: string; hint?: string };

/** A small form posting to a server action, showing its message and field errors. */
export function ActionForm({
  action,
  fields,
  hidden = {},
  submitLabel,
  pendingText,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: Field[];
  hidden?: Record<string, string>;
  submitLabel: string;
  pendingText?: string;
}) {
  const [state, formAction] = useActionState(action, {});
  if (state.success) return <FormAlert tone="success" message={state.success} />;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((f) => (
        <TextField
          key={f.name}
          label={f.label}
          name={f.name}
          type={f.type}
          autoComplete={f.autoComplete}
          hint={f.hint}
          required
          defaultValue={state.values?.[f.name]}
          error={state.fieldErrors?.[f.name]}
        />
      ))}
      <FormAlert message={state.error} />
      <SubmitButton pendingText={pendingText}>{submitLabel}</SubmitButton>
    </form>
  );
}
