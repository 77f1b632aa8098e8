"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { confirmEmailChange } from "@/lib/accounts/change-email";

const token = z.string().max(200);

export const confirmNewEmail = formAction({ access: "public" }, async (formData) => {
  const parsed = token.safeParse(formData.get("token") ?? "");
  return parsed.success && (await confirmEmailChange(parsed.data))
    ? { success: "Your new email address is confirmed: sign in with it from now on." }
    : { error: "This confirmation link is invalid, expired or already used. Ask for a new one in your settings." };
});
