"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { requireRole } from "@/lib/auth/current-user";
import { clientIp } from "@/lib/http/client-ip";
import type { FormState } from "@/lib/http/form-state";
import { archiveTopic } from "@/lib/admin/content/archive-topic";
import { contentFormState, postedValues } from "@/lib/admin/content/content-form-state";
import { createTopic } from "@/lib/admin/content/create-topic";
import { formDataToObject } from "@/lib/admin/content/form-data-to-object";
import { moveTopic } from "@/lib/admin/content/move-topic";
import { restoreTopic } from "@/lib/admin/content/restore-topic";
import { updateTopic } from "@/lib/admin/content/update-topic";

const auditContext = async () => ({ ip: clientIp(await headers()) });
// Every topic page and the content overview (topic counts) show the tree.
const refreshAdminPages = () => revalidatePath("/admin/content", "layout");

/** Adds a topic, or renames/recodes it when the form carries its id. */
export async function saveTopic(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    const admin = await requireRole("ADMIN");
    const input = formDataToObject(formData);
    if (input.id) await updateTopic(admin, input, await auditContext());
    else await createTopic(admin, input, await auditContext());
    refreshAdminPages();
    return { success: input.id ? "Topic saved." : `Topic ${String(input.code)} added.` };
  } catch (err) {
    return contentFormState(err, postedValues(formData));
  }
}

/** Moves a topic up or down among its siblings, or under another parent (move=parent). */
export async function moveTopicAction(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    const admin = await requireRole("ADMIN");
    const { moved } = await moveTopic(admin, formDataToObject(formData), await auditContext());
    refreshAdminPages();
    return moved ? { success: "Moved." } : { error: "It cannot move further that way." };
  } catch (err) {
    return contentFormState(err, postedValues(formData));
  }
}

/** Archives a topic with its subtopics; published content in it needs confirm=on. */
export async function archiveTopicAction(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    const admin = await requireRole("ADMIN");
    const result = await archiveTopic(admin, formDataToObject(formData), await auditContext());
    refreshAdminPages();
    const withdrawn = result.archivedQuestions + result.archivedFlashcards;
    return { success: `Archived ${result.archivedTopics === 1 ? "the topic" : `${result.archivedTopics} topics`}${withdrawn ? ` and withdrew ${withdrawn} published items` : ""}.` };
  } catch (err) {
    return contentFormState(err);
  }
}

/** Restores an archived topic with its subtopics. */
export async function restoreTopicAction(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    const admin = await requireRole("ADMIN");
    await restoreTopic(admin, formDataToObject(formData), await auditContext());
    refreshAdminPages();
    return { success: "Restored." };
  } catch (err) {
    return contentFormState(err);
  }
}
