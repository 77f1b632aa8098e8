"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { contentFormState } from "@/lib/admin/content/content-form-state";
import { createQuestion } from "@/lib/admin/content/create-question";
import { addQuestionPart } from "@/lib/admin/content/add-question-part";
import { formDataToObject } from "@/lib/admin/content/form-data-to-object";
import { archiveQuestion, publishQuestion, unpublishQuestion } from "@/lib/admin/content/set-question-status";
import { updateQuestion } from "@/lib/admin/content/update-question";
import { uploadFigure } from "@/lib/admin/content/upload-figure";

const adminContent = { access: ["ADMIN"], onError: (err: unknown) => contentFormState(err) } as const;

/**
 * The editor's save: creates the question (then opens it in the editor) or saves the edit; with
 * intent=publish it is published straight after, once it has passed every rule.
 */
export const saveQuestion = formAction(adminContent, async (formData, { user: admin, context }) => {
  const { intent, ...input } = formDataToObject(formData);
  const existing = typeof input.id === "string" ? input.id : undefined;
  // A new part of a multi-part question comes from the same editor, with the group it joins; it is
  // published with its whole question (on the question's page), never alone.
  const newPart = !existing && typeof input.groupId === "string";
  const saved = existing
    ? await updateQuestion(admin, input, context)
    : newPart
      ? await addQuestionPart(admin, input, context)
      : await createQuestion(admin, input, context);
  const published = intent === "publish" && !newPart ? await publishQuestion(admin, { id: saved.id }, context) : null;
  revalidatePath("/admin/content", "layout");
  if (!existing) redirect(`/admin/content/questions/${saved.id}?created=1`);
  return { success: published?.changed ? "Saved and published: students see it now." : "Saved.", values: { version: String(saved.version) } };
});

const statusChanges = { unpublish: unpublishQuestion, archive: archiveQuestion, publish: publishQuestion } as const;
const statusMessages = { unpublish: "Back to draft: students no longer see it.", archive: "Archived.", publish: "Published: students see it now." } as const;

/** Publishes, unpublishes or archives the saved question (to=publish|unpublish|archive). */
export const changeQuestionStatus = formAction(adminContent, async (formData, { user: admin, context }) => {
  const to = String(formData.get("to"));
  if (!(to in statusChanges)) return { error: "Choose publish, unpublish or archive." };
  await statusChanges[to as keyof typeof statusChanges](admin, { id: formData.get("id") }, context);
  revalidatePath("/admin/content", "layout");
  return { success: statusMessages[to as keyof typeof statusMessages] };
});

/** Uploads a figure (SVG or PNG with alt text) and answers with the Markdown that shows it. */
export const uploadQuestionFigure = formAction({ access: ["ADMIN"] }, async (formData, { user: admin, context }) => {
  const figure = await uploadFigure(admin, { file: formData.get("file"), alt: formData.get("alt") }, context);
  return { success: "Uploaded: the figure is in the stem. Move the line where it belongs.", values: { markdown: figure.markdown } };
});
