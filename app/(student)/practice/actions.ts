"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { fieldErrors, formError, type FormState } from "@/lib/http/form-state";
import { createPracticeSession } from "@/lib/practice/create-practice-session";
import { parsePracticeForm } from "@/lib/practice/practice-input";

/** Starts a set from the practice form (filters or weak topics) or the bank's chosen questions. */
export async function startPractice(_previous: FormState, formData: FormData): Promise<FormState> {
  // Returned with an error so the form keeps the student's choices (React resets a form after its action).
  const values = Object.fromEntries(["courseSlug", "topicCode", "difficulty", "type", "paper", "count"].map((k) => [k, String(formData.get(k) ?? "")]));
  let id: string;
  try {
    const user = await requireUser();
    const parsed = parsePracticeForm(formData);
    if (!parsed.success) {
      const errors = fieldErrors(parsed.error);
      return { error: Object.values(errors)[0], fieldErrors: errors, values };
    }
    ({ id } = await createPracticeSession(user.id, parsed.data));
  } catch (err) {
    return { ...formError(err), values };
  }
  // Outside the try: redirect() works by throwing, and must not be caught.
  redirect(`/practice/${id}`);
}
