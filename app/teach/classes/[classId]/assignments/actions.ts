"use server";

import type { Route } from "next";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { archiveAssignment } from "@/lib/assignments/archive-assignment";
import { ASSIGNMENT_FORM_FIELDS, assignmentIdInput, parseAssignmentForm } from "@/lib/assignments/assignment-input";
import { createAssignment } from "@/lib/assignments/create-assignment";
import { fieldErrors } from "@/lib/http/form-state";
import { NotFoundError } from "@/lib/errors";

const TEACHING = ["TEACHER", "ADMIN"] as const;

/** The new-assignment form. createAssignment checks again that the actor teaches the class (404 otherwise). */
export const createAssignmentAction = formAction({ access: TEACHING, keep: ASSIGNMENT_FORM_FIELDS }, async (formData, { user, context }) => {
  const parsed = parseAssignmentForm(formData);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    return { error: Object.values(errors)[0], fieldErrors: errors };
  }
  await createAssignment(user, parsed.data, context);
  redirect(`/teach/classes/${parsed.data.classId}/assignments` as Route);
});

/** Withdraws an assignment (archived, audited). */
export const archiveAssignmentAction = formAction({ access: TEACHING }, async (formData, { user, context }) => {
  const classId = String(formData.get("classId") ?? "");
  const id = assignmentIdInput.safeParse(formData.get("assignmentId"));
  if (!id.success) throw new NotFoundError("There is no such assignment.");
  await archiveAssignment(user, classId, id.data, context);
  redirect(`/teach/classes/${classId}/assignments` as Route);
});
