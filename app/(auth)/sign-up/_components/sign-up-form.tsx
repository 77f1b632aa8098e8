"use client";

import { useActionState } from "react";
import { FormAlert } from "@/app/_components/ui/form-alert";
import { SubmitButton } from "@/app/_components/ui/submit-button";
import { Checkbox, TextField } from "@/app/_components/ui/fields";
import { signUp } from "../actions";

export function SignUpForm() {
  const [state, action] = useActionState(signUp, {});
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <TextField label="Name" name="name" autoComplete="name" required defaultValue={state.values?.name} error={errors.name} />
      <TextField label="Email" name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} error={errors.email} />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters. A few unrelated words make a strong one."
        error={errors.password}
      />
      <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium text-slate-800">Teachers</legend>
        <Checkbox
          id="sign-up-teacher"
          name="teacher"
          label="I teach an IB course and want teacher access"
          hint="An admin checks and approves it; you can use the app as a student meanwhile."
          defaultChecked={state.values?.teacher === "on"}
        />
        <TextField label="School (teachers only)" name="school" autoComplete="organization" defaultValue={state.values?.school} error={errors.school} />
      </fieldset>
      <FormAlert message={state.error} />
      <SubmitButton pendingText="Creating your account…">Create account</SubmitButton>
    </form>
  );
}
