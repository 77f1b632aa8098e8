"use server";

import { z } from "zod";
import { confirmEmailChange } from "@/lib/accounts/change-email";
import { formError, type FormState } from "@/lib/http/form-state";

const token = z.string().max(200);

export async function confirmNewEmail(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = token.safeParse(formData.get("token") ?? "");
  try {
    return parsed.success && (await confirmEmailChange(parsed.data))
      ? { success: "Your new email address is confirmed: sign in with it from now on." }
      : { error: "This confirmation link is invalid, expired or already used. Ask for a new one in your settings." };
  } catch (err) {
    return formError(err);
  }
}
