"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { fieldErrors } from "@/lib/http/form-state";
import { createPracticeSession } from "@/lib/practice/create-practice-session";
import { parsePracticeForm } from "@/lib/practice/practice-input";

// Returned with an error so the form keeps the student's choices (React resets a form after its action).
const PRACTICE_FIELDS = ["courseSlug", "topicCode", "difficulty", "type", "paper", "count"] as const;

/** Starts a set from the practice form (filters or weak topics) or the bank's chosen questions. */
export const startPractice = formAction({ access: "user", keep: PRACTICE_FIELDS }, async (formData, { user }) => {
  const parsed = parsePracticeForm(formData);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    return { error: Object.values(errors)[0], fieldErrors: errors, values: Object.fromEntries(PRACTICE_FIELDS.map((k) => [k, String(formData.get(k) ?? "")])) };
  }
  const { id } = await createPracticeSession(user.id, parsed.data);
  redirect(`/practice/${id}`);
});
