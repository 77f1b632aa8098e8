"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { contentFormState, postedValues } from "@/lib/admin/content/content-form-state";
import { createFlashcard } from "@/lib/admin/content/create-flashcard";
import { formDataToObject } from "@/lib/admin/content/form-data-to-object";
import { archiveFlashcard, publishFlashcard, unpublishFlashcard } from "@/lib/admin/content/set-flashcard-status";
import { updateFlashcard } from "@/lib/admin/content/update-flashcard";

/** Creates a flashcard (then opens it) or saves an edit; intent=publish publishes it straight after. */
export const saveFlashcard = formAction(
  { access: ["ADMIN"], onError: (err, formData) => contentFormState(err, postedValues(formData)) },
  async (formData, { user: admin, context }) => {
    const { intent, ...input } = formDataToObject(formData);
    const existing = typeof input.id === "string" ? input.id : undefined;
    const id = existing ?? (await createFlashcard(admin, input, context)).id;
    if (existing) await updateFlashcard(admin, input, context);
    const published = intent === "publish" ? await publishFlashcard(admin, { id }, context) : null;
    revalidatePath("/admin/content", "layout");
    if (!existing) redirect(`/admin/content/flashcards/${id}?created=1`);
    return { success: published?.changed ? "Saved and published." : "Saved." };
  },
);

const statusChanges = { publish: publishFlashcard, unpublish: unpublishFlashcard, archive: archiveFlashcard } as const;

/** Publishes, unpublishes or archives a saved flashcard (to=publish|unpublish|archive). */
export const changeFlashcardStatus = formAction({ access: ["ADMIN"], onError: (err) => contentFormState(err) }, async (formData, { user: admin, context }) => {
  const to = String(formData.get("to"));
  if (!(to in statusChanges)) return { error: "Choose publish, unpublish or archive." };
  const { status } = await statusChanges[to as keyof typeof statusChanges](admin, { id: formData.get("id") }, context);
  revalidatePath("/admin/content", "layout");
  return { success: `Now ${status.toLowerCase()}.` };
});
