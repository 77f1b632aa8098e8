"use server";

import type { Route } from "next";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { assignmentIdInput } from "@/lib/assignments/assignment-input";
import { startAssignment } from "@/lib/assignments/start-assignment";
import { NotFoundError } from "@/lib/errors";

/** Start or Continue: the assignment's practice set or mock paper (made once, then resumed), or the assignment's own flashcard queue. */
export const startAssignmentAction = formAction({ access: "user" }, async (formData, { user }) => {
  const id = assignmentIdInput.safeParse(formData.get("assignmentId"));
  if (!id.success) throw new NotFoundError("There is no such assignment.");
  const { href } = await startAssignment(user.id, id.data);
  redirect(href as Route);
});
