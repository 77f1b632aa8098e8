"use server";

import { headers } from "next/headers";
import { passwordResetRequestInput } from "@/lib/accounts/account-input";
import { requestPasswordReset } from "@/lib/accounts/password-reset";
import { clientIp } from "@/lib/http/client-ip";
import { fieldErrors, formError, type FormState } from "@/lib/http/form-state";

export async function requestReset(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = passwordResetRequestInput.safeParse({ email: formData.get("email") ?? undefined });
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error), values: { email: String(formData.get("email") ?? "").slice(0, 300) } };
  try {
    await requestPasswordReset(parsed.data.email, clientIp(await headers()));
  } catch (err) {
    return formError(err);
  }
  // The same answer whether or not the address has an account.
  return { success: `If an account exists for ${parsed.data.email}, we have sent it a link to choose a new password. The link works once, for 30 minutes.` };
}
