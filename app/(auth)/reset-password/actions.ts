"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { passwordResetInput } from "@/lib/accounts/account-input";
import { resetPassword } from "@/lib/accounts/password-reset";
import { clientIp } from "@/lib/http/client-ip";
import { fieldErrors, formError, type FormState } from "@/lib/http/form-state";

export async function chooseNewPassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = passwordResetInput.safeParse({ token: formData.get("token") ?? undefined, password: formData.get("password") ?? undefined });
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    return errors.token ? { error: errors.token } : { fieldErrors: errors };
  }
  try {
    await resetPassword(parsed.data.token, parsed.data.password, clientIp(await headers()));
  } catch (err) {
    return formError(err);
  }
  redirect("/sign-in?notice=reset");
}
