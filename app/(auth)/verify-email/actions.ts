"use server";

import { verifyEmail } from "@/lib/accounts/verify-email";
import type { FormState } from "@/lib/http/form-state";

export async function confirmEmail(_prev: FormState, formData: FormData): Promise<FormState> {
  const token = String(formData.get("token") ?? "");
  return (await verifyEmail(token))
    ? { success: "Your email address is verified. Thank you!" }
    : { error: "This verification link is invalid, expired or already used." };
}
