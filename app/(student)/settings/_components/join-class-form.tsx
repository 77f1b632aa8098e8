"use client";

import { useActionState } from "react";
import { FormAlert } from "@/app/_components/ui/form-alert";
import { TextInput } from "@/app/_components/ui/fields";
import { SubmitButton } from "@/app/_components/ui/submit-button";
import type { FormState } from "@/lib/http/form-state";
import { joinClassAction } from "../class-actions";

/** The class code a teacher gave, typed in any case, with or without the hyphen. */
export function JoinClassForm() {
  const [state, action] = useActionState<FormState, FormData>(joinClassAction, {});
  return (
    <form action={action} aria-label="Join a class" className="mt-3 flex max-w-md flex-wrap items-end gap-3" noValidate>
      <TextInput
        id="class-code"
        name="code"
        label="Class code"
        size="md"
        placeholder="ABCD-EF23"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={20}
        defaultValue={state.values?.code}
        className="min-w-48 flex-1"
      />
      <div className="w-32">
        <SubmitButton pendingText="Joining…">Join</SubmitButton>
      </div>
      <div className="w-full">
        <FormAlert message={state.error} />
        <FormAlert tone="success" message={state.success} />
      </div>
    </form>
  );
}
