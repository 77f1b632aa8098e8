"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { formDataToObject } from "@/lib/admin/content/form-data-to-object";
import { groupFormState } from "@/lib/admin/content/group-form-state";
import { createQuestionGroup } from "@/lib/admin/content/create-question-group";
import { updateQuestionGroup } from "@/lib/admin/content/update-question-group";
import { moveQuestionPart } from "@/lib/admin/content/move-question-part";
import { publishQuestionGroup, unpublishQuestionGroup } from "@/lib/admin/content/set-question-group-status";

const adminContent = { access: ["ADMIN"], onError: (err: unknown) => groupFormState(err) } as const;

/** Creates a multi-part question (a draft with its context) or saves its context; a new one opens in its editor. */
export const saveQuestionGroup = formAction(adminContent, async (formData, { user: admin, context }) => {
  const input = formDataToObject(formData);
  if (typeof input.id === "string") {
    const saved = await updateQuestionGroup(admin, input, context);
    revalidatePath("/admin/content", "layout");
    return { success: "Context saved.", values: { version: String(saved.version) } };
  }
  const created = await createQuestionGroup(admin, input, context);
  revalidatePath("/admin/content", "layout");
  redirect(`/admin/content/groups/${created.id}?created=1`);
});

/** Moves a part one place up or down (direction=up|down). */
export const moveGroupPart = formAction(adminContent, async (formData, { user: admin, context }) => {
  const moved = await moveQuestionPart(admin, { id: formData.get("id"), direction: formData.get("direction") }, context);
  revalidatePath("/admin/content", "layout");
  return { success: moved.moved ? "Moved." : "It is already there." };
});

/** Publishes or unpublishes the whole question, parts included (to=publish|unpublish). */
export const changeQuestionGroupStatus = formAction(adminContent, async (formData, { user: admin, context }) => {
  const to = formData.get("to");
  if (to !== "publish" && to !== "unpublish") return { error: "Choose publish or unpublish." };
  const change = to === "publish" ? publishQuestionGroup : unpublishQuestionGroup;
  await change(admin, { id: formData.get("id") }, context);
  revalidatePath("/admin/content", "layout");
  return { success: to === "publish" ? "Published: students see every part now." : "Back to draft: students no longer see it." };
});
