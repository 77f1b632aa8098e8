"use server";

import { revalidatePath } from "next/cache";
import { changeEmailInput, requestEmailChange } from "@/lib/accounts/change-email";
import { changeName, changeNameInput } from "@/lib/accounts/change-name";
import { changePassword, changePasswordInput } from "@/lib/accounts/change-password";
import { resendVerificationEmail } from "@/lib/accounts/resend-verification";
import { formAction } from "@/lib/actions/form-action";
import { fieldErrors } from "@/lib/http/form-state";

// Each form names its current-password field differently (field ids are unique on the page).
const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" && value !== "" ? value : undefined;
};

export const updateName = formAction({ access: "user" }, async (formData, { user }) => {
  const parsed = changeNameInput.safeParse({ name: text(formData, "name") ?? "" });
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error) };
  await changeName(user.id, parsed.data.name);
  revalidatePath("/", "layout");
  return { success: "Your name is saved." };
});

export const updateEmail = formAction({ access: "user", keep: ["email"] }, async (formData, { user }) => {
  const parsed = changeEmailInput.safeParse({ email: text(formData, "email") ?? "", currentPassword: text(formData, "emailCurrentPassword") });
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error), values: { email: text(formData, "email") ?? "" } };
  await requestEmailChange(user.id, parsed.data);
  revalidatePath("/settings");
  return { success: `We sent a link to ${parsed.data.email}. Your email address changes when you open it; until then, keep signing in with your current one.` };
});

export const updatePassword = formAction({ access: "user" }, async (formData, { user }) => {
  const parsed = changePasswordInput.safeParse({ currentPassword: text(formData, "currentPassword"), newPassword: text(formData, "newPassword") ?? "" });
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error) };
  const { endedSessions } = await changePassword(user.id, user.sessionId, parsed.data);
  revalidatePath("/settings/sessions");
  return {
    success:
      endedSessions === null
        ? "Your password is changed. Your other devices will be signed out within a minute."
        : "Your password is changed, and your other devices are signed out.",
  };
});

export const resendVerification = formAction({ access: "user" }, async (_formData, { user }) => {
  const { sent, email, expiresInHours } = await resendVerificationEmail(user.id);
  revalidatePath("/settings");
  return sent
    ? { success: `We sent a new verification link to ${email}. It works for ${expiresInHours} hours.` }
    : { success: "Your email address is already verified." };
});
