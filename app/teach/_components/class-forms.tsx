"use client";

import { useActionState } from "react";
import { FormAlert } from "@/app/_components/ui/form-alert";
import { TextInput } from "@/app/_components/ui/fields";
import { SubmitButton } from "@/app/_components/ui/submit-button";
import type { FormState } from "@/lib/http/form-state";
import { addCoTeacherAction } from "../actions";

/** Adds a co-teacher by the email of their teacher account. */
export function AddCoTeacherForm({ classId }: { classId: string }) {
  const [state, action] = useActionState<FormState, FormData>(addCoTeacherAction, {});
  return (
    <form action={action} aria-label="Add a co-teacher" className="mt-3 flex max-w-xl flex-wrap items-end gap-3" noValidate>
      <input type="hidden" name="classId" value={classId} />
      <TextInput
        id="co-teacher-email"
        name="email"
        type="email"
        label="Teacher's email"
        size="md"
        autoComplete="off"
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email}
        className="min-w-64 flex-1"
      />
      <div className="w-40">
        <SubmitButton pendingText="Adding…">Add teacher</SubmitButton>
      </div>
      <div className="w-full">
        <FormAlert message={state.fieldErrors?.email ? undefined : state.error} />
        <FormAlert tone="success" message={state.success} />
      </div>
    </form>
  );
}
