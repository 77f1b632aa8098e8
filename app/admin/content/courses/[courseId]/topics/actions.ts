"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { archiveTopic } from "@/lib/admin/content/archive-topic";
import { contentFormState, postedValues } from "@/lib/admin/content/content-form-state";
import { createTopic } from "@/lib/admin/content/create-topic";
import { formDataToObject } from "@/lib/admin/content/form-data-to-object";
import { moveTopic } from "@/lib/admin/content/move-topic";
import { restoreTopic } from "@/lib/admin/content/restore-topic";
import { saveTopicNote } from "@/lib/admin/content/save-topic-note";
import { updateTopic } from "@/lib/admin/content/update-topic";

// Every topic page and the content overview (topic counts) show the tree.
const refreshAdminPages = () => revalidatePath("/admin/content", "layout");
const keepingValues = (err: unknown, formData: FormData) => contentFormState(err, postedValues(formData));

/** Adds a topic, or renames/recodes it when the form carries its id. */
export const saveTopic = formAction({ access: ["ADMIN"], onError: keepingValues }, async (formData, { user: admin, context }) => {
  const input = formDataToObject(formData);
  if (input.id) await updateTopic(admin, input, context);
  else await createTopic(admin, input, context);
  refreshAdminPages();
  return { success: input.id ? "Topic saved." : `Topic ${String(input.code)} added.` };
});

/** Moves a topic up or down among its siblings, or under another parent (move=parent). */
export const moveTopicAction = formAction({ access: ["ADMIN"], onError: keepingValues }, async (formData, { user: admin, context }) => {
  const { moved } = await moveTopic(admin, formDataToObject(formData), context);
  refreshAdminPages();
  return moved ? { success: "Moved." } : { error: "It cannot move further that way." };
});

/** Archives a topic with its subtopics; published content in it needs confirm=on. */
export const archiveTopicAction = formAction({ access: ["ADMIN"], onError: (err) => contentFormState(err) }, async (formData, { user: admin, context }) => {
  const result = await archiveTopic(admin, formDataToObject(formData), context);
  refreshAdminPages();
  const withdrawn = result.archivedQuestions + result.archivedFlashcards;
  return {
    success: `Archived ${result.archivedTopics === 1 ? "the topic" : `${result.archivedTopics} topics`}${withdrawn ? ` and withdrew ${withdrawn} published items` : ""}.`,
  };
});

/** Restores an archived topic with its subtopics. */
export const restoreTopicAction = formAction({ access: ["ADMIN"], onError: (err) => contentFormState(err) }, async (formData, { user: admin, context }) => {
  await restoreTopic(admin, formDataToObject(formData), context);
  refreshAdminPages();
  return { success: "Restored." };
});

const noteMessages = {
  save: "Saved.",
  publish: "Published: visitors see it now.",
  unpublish: "Back to draft: the note page is gone until you publish again.",
} as const;

/** Saves a topic's revision note (intent=save|publish|unpublish). */
export const saveTopicNoteAction = formAction({ access: ["ADMIN"], onError: keepingValues }, async (formData, { user: admin, context }) => {
  const input = formDataToObject(formData);
  const saved = await saveTopicNote(admin, input, context);
  revalidatePath("/admin/content", "layout");
  const intent = String(input.intent ?? "save") as keyof typeof noteMessages;
  return { success: saved.changed ? (noteMessages[intent] ?? noteMessages.save) : "No changes to save.", values: { version: String(saved.version) } };
});
