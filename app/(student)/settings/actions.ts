"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { cancelAccountDeletion, requestAccountDeletion } from "@/lib/account-data/account-deletion";
import { requestDataExport } from "@/lib/account-data/request-data-export";
import { setEmailReminders } from "@/lib/account-data/set-email-reminders";
import { formAction, plainAction } from "@/lib/actions/form-action";
import { requestOwnProgressReport } from "@/lib/reports/request-progress-report";

const requestedMessage = (created: boolean, label: string) =>
  created
    ? `We are making your ${label}. It appears below when ready, and we will email you.`
    : `You already asked for a ${label} this hour: it is in the list below.`;

export const requestExport = formAction({ access: "user" }, async (_formData, { user }) => {
  const { created } = await requestDataExport(user.id);
  revalidatePath("/settings");
  return { success: requestedMessage(created, "data export") };
});

export const requestReport = formAction({ access: "user" }, async (_formData, { user }) => {
  const { created } = await requestOwnProgressReport(user.id);
  revalidatePath("/settings");
  return { success: requestedMessage(created, "progress report") };
});

const remindersForm = z.object({ enabled: z.enum(["true", "false"]).transform((v) => v === "true") });

export const changeEmailReminders = plainAction({ access: "user" }, async (formData, { user }) => {
  const parsed = remindersForm.safeParse({ enabled: formData.get("enabled") });
  if (parsed.success) await setEmailReminders(user.id, parsed.data.enabled);
  revalidatePath("/settings");
});

const deletionForm = z.object({ confirm: z.literal("on", "Tick the box to confirm that you want your account deleted.") });

export const requestDeletion = formAction({ access: "user" }, async (formData, { user, context }) => {
  const parsed = deletionForm.safeParse({ confirm: formData.get("confirm") });
  if (!parsed.success) return { fieldErrors: { confirm: parsed.error.issues[0]!.message } };
  await requestAccountDeletion(user.id, context);
  // Every session, this one included, was just revoked.
  redirect("/sign-in");
});

export const cancelDeletion = plainAction({ access: "user" }, async (_formData, { user, context }) => {
  await cancelAccountDeletion(user.id, context);
  revalidatePath("/settings");
});
