"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { cancelAccountDeletion, requestAccountDeletion } from "@/lib/account-data/account-deletion";
import { requestDataExport } from "@/lib/account-data/request-data-export";
import { setEmailReminders } from "@/lib/account-data/set-email-reminders";
import { requireUser } from "@/lib/auth/current-user";
import { clientIp } from "@/lib/http/client-ip";
import { formError, type FormState } from "@/lib/http/form-state";
import { requestOwnProgressReport } from "@/lib/reports/request-progress-report";

const requestedMessage = (created: boolean, label: string) =>
  created ? `We are making your ${label}. It appears below when ready, and we will email you.` : `You already asked for a ${label} this hour: it is in the list below.`;

export async function requestExport(): Promise<FormState> {
  try {
    const user = await requireUser();
    const { created } = await requestDataExport(user.id);
    revalidatePath("/settings");
    return { success: requestedMessage(created, "data export") };
  } catch (err) {
    return formError(err);
  }
}

export async function requestReport(): Promise<FormState> {
  try {
    const user = await requireUser();
    const { created } = await requestOwnProgressReport(user.id);
    revalidatePath("/settings");
    return { success: requestedMessage(created, "progress report") };
  } catch (err) {
    return formError(err);
  }
}

const remindersForm = z.object({ enabled: z.enum(["true", "false"]).transform((v) => v === "true") });

export async function changeEmailReminders(formData: FormData): Promise<void> {
  const user = await requireUser();
  const parsed = remindersForm.safeParse({ enabled: formData.get("enabled") });
  if (parsed.success) await setEmailReminders(user.id, parsed.data.enabled);
  revalidatePath("/settings");
}

const deletionForm = z.object({ confirm: z.literal("on", "Tick the box to confirm that you want your account deleted.") });

export async function requestDeletion(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const user = await requireUser();
    const parsed = deletionForm.safeParse({ confirm: formData.get("confirm") });
    if (!parsed.success) return { fieldErrors: { confirm: parsed.error.issues[0]!.message } };
    await requestAccountDeletion(user.id, { ip: clientIp(await headers()) });
  } catch (err) {
    return formError(err);
  }
  // Every session, this one included, was just revoked.
  redirect("/sign-in");
}

export async function cancelDeletion(): Promise<void> {
  const user = await requireUser();
  await cancelAccountDeletion(user.id, { ip: clientIp(await headers()) });
  revalidatePath("/settings");
}
