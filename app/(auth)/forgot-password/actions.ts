"use server";

import { formAction } from "@/lib/actions/form-action";
import { passwordResetRequestInput } from "@/lib/accounts/account-input";
import { requestPasswordReset } from "@/lib/accounts/password-reset";
import { fieldErrors } from "@/lib/http/form-state";

export const requestReset = formAction({ access: "public", keep: ["email"] }, async (formData, { context }) => {
  const parsed = passwordResetRequestInput.safeParse({ email: formData.get("email") ?? undefined });
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error), values: { email: String(formData.get("email") ?? "").slice(0, 300) } };
  await requestPasswordReset(parsed.data.email, context.ip);
  // The same answer whether or not the address has an account.
  return { success: `If an account exists for ${parsed.data.email}, we have sent it a link to choose a new password. The link works once, for 30 minutes.` };
});
