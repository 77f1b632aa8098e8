"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { passwordResetInput } from "@/lib/accounts/account-input";
import { resetPassword } from "@/lib/accounts/password-reset";
import { fieldErrors } from "@/lib/http/form-state";

export const chooseNewPassword = formAction({ access: "public" }, async (formData, { context }) => {
  const parsed = passwordResetInput.safeParse({ token: formData.get("token") ?? undefined, password: formData.get("password") ?? undefined });
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    return errors.token ? { error: errors.token } : { fieldErrors: errors };
  }
  await resetPassword(parsed.data.token, parsed.data.password, context.ip);
  redirect("/sign-in?notice=reset");
});
