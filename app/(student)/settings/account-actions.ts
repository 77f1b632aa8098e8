"use server";

import { revalidatePath } from "next/cache";
import { changeEmailInput, requestEmailChange } from "@/lib/accounts/change-email";
import { changeName, changeNameInput } from "@/lib/accounts/change-name";
import { changePassword, changePasswordInput } from "@/lib/accounts/change-password";
import { requireUser } from "@/lib/auth/current-user";
import { fieldErrors, formError, type FormState } from "@/lib/http/form-state";

// Each form names its current-password field differently (field ids are unique on the page).
const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" && value !== "" ? value : undefined;
};

export async function updateName(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const user = await requireUser();
    const parsed = changeNameInput.safeParse({ name: text(formData, "name") ?? "" });
    if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error) };
    await changeName(user.id, parsed.data.name);
    revalidatePath("/", "layout");
    return { success: "Your name is saved." };
  } catch (err) {
    return formError(err);
  }
}

export async function updateEmail(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { email: text(formData, "email") ?? "" };
  try {
    const user = await requireUser();
    const parsed = changeEmailInput.safeParse({ ...values, currentPassword: text(formData, "emailCurrentPassword") });
    if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error), values };
    await requestEmailChange(user.id, parsed.data);
    revalidatePath("/settings");
    return { success: `We sent a link to ${parsed.data.email}. Your email address changes when you open it; until then, keep signing in with your current one.` };
  } catch (err) {
    return { ...formError(err), values };
  }
}

export async function updatePassword(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const user = await requireUser();
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
  } catch (err) {
    return formError(err);
  }
}
