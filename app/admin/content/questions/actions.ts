"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { clientIp } from "@/lib/http/client-ip";
import type { FormState } from "@/lib/http/form-state";
import { contentFormState } from "@/lib/admin/content/content-form-state";
import { createQuestion } from "@/lib/admin/content/create-question";
import { formDataToObject } from "@/lib/admin/content/form-data-to-object";
import { archiveQuestion, publishQuestion, unpublishQuestion } from "@/lib/admin/content/set-question-status";
import { updateQuestion } from "@/lib/admin/content/update-question";

const auditContext = async () => ({ ip: clientIp(await headers()) });

/**
 * The editor's save: creates the question (then opens it in the editor) or saves the edit; with
 * intent=publish it is published straight after, once it has passed every rule.
 */
export async function saveQuestion(_prev: FormState, formData: FormData): Promise<FormState> {
  let created: string | undefined;
  try {
    const admin = await requireRole("ADMIN");
    const { intent, ...input } = formDataToObject(formData);
    const context = await auditContext();
    let id = typeof input.id === "string" ? input.id : undefined;
    let version: number | undefined;
    if (id) version = (await updateQuestion(admin, input, context)).version;
    else id = created = (await createQuestion(admin, input, context)).id;
    const published = intent === "publish" ? await publishQuestion(admin, { id }, context) : null;
    revalidatePath("/admin/content", "layout");
    if (!created) {
      return { success: published?.changed ? "Saved and published: students see it now." : "Saved.", values: { version: String(version) } };
    }
  } catch (err) {
    return contentFormState(err);
  }
  redirect(`/admin/content/questions/${created}?created=1`);
}

const statusChanges = { unpublish: unpublishQuestion, archive: archiveQuestion, publish: publishQuestion } as const;
const statusMessages = { unpublish: "Back to draft: students no longer see it.", archive: "Archived.", publish: "Published: students see it now." } as const;

/** Publishes, unpublishes or archives the saved question (to=publish|unpublish|archive). */
export async function changeQuestionStatus(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    const admin = await requireRole("ADMIN");
    const to = String(formData.get("to"));
    if (!(to in statusChanges)) return { error: "Choose publish, unpublish or archive." };
    await statusChanges[to as keyof typeof statusChanges](admin, { id: formData.get("id") }, await auditContext());
    revalidatePath("/admin/content", "layout");
    return { success: statusMessages[to as keyof typeof statusMessages] };
  } catch (err) {
    return contentFormState(err);
  }
}
