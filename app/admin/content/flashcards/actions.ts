"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { clientIp } from "@/lib/http/client-ip";
import type { FormState } from "@/lib/http/form-state";
import { contentFormState, postedValues } from "@/lib/admin/content/content-form-state";
import { createFlashcard } from "@/lib/admin/content/create-flashcard";
import { formDataToObject } from "@/lib/admin/content/form-data-to-object";
import { archiveFlashcard, publishFlashcard, unpublishFlashcard } from "@/lib/admin/content/set-flashcard-status";
import { updateFlashcard } from "@/lib/admin/content/update-flashcard";

const auditContext = async () => ({ ip: clientIp(await headers()) });

/** Creates a flashcard (then opens it) or saves an edit; intent=publish publishes it straight after. */
export async function saveFlashcard(_prev: FormState, formData: FormData): Promise<FormState> {
  let created: string | undefined;
  try {
    const admin = await requireRole("ADMIN");
    const { intent, ...input } = formDataToObject(formData);
    const context = await auditContext();
    let id = typeof input.id === "string" ? input.id : undefined;
    if (id) await updateFlashcard(admin, input, context);
    else id = created = (await createFlashcard(admin, input, context)).id;
    const published = intent === "publish" ? await publishFlashcard(admin, { id }, context) : null;
    revalidatePath("/admin/content", "layout");
    if (!created) return { success: published?.changed ? "Saved and published." : "Saved." };
  } catch (err) {
    return contentFormState(err, postedValues(formData));
  }
  redirect(`/admin/content/flashcards/${created}?created=1`);
}

const statusChanges = { publish: publishFlashcard, unpublish: unpublishFlashcard, archive: archiveFlashcard } as const;

/** Publishes, unpublishes or archives a saved flashcard (to=publish|unpublish|archive). */
export async function changeFlashcardStatus(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    const admin = await requireRole("ADMIN");
    const to = String(formData.get("to"));
    if (!(to in statusChanges)) return { error: "Choose publish, unpublish or archive." };
    const { status } = await statusChanges[to as keyof typeof statusChanges](admin, { id: formData.get("id") }, await auditContext());
    revalidatePath("/admin/content", "layout");
    return { success: `Now ${status.toLowerCase()}.` };
  } catch (err) {
    return contentFormState(err);
  }
}
