"use server";

import { formAction } from "@/lib/actions/form-action";
import { verifyEmail } from "@/lib/accounts/verify-email";

export const confirmEmail = formAction({ access: "public" }, async (formData) =>
  (await verifyEmail(String(formData.get("token") ?? "")))
    ? { success: "Your email address is verified. Thank you!" }
    : { error: "This verification link is invalid, expired or already used." },
);
