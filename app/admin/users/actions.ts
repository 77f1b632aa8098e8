"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { setUserStatus, userStatusInput } from "@/lib/admin/users/set-user-status";
import { decideTeacherRequest } from "@/lib/admin/users/decide-teacher-request";

export const changeUserStatus = formAction({ access: ["ADMIN"] }, async (formData, { user: admin, context }) => {
  const parsed = userStatusInput.safeParse({ status: formData.get("status") });
  if (!parsed.success) return { error: "Choose ACTIVE or SUSPENDED." };
  const { status } = parsed.data;
  const user = await setUserStatus(admin, String(formData.get("userId") ?? ""), status, context);
  revalidatePath("/admin/users");
  revalidatePath(`/admin/users/${user.id}`);
  if (status === "ACTIVE") return { success: `${user.email} is active again.` };
  if (user.revokedSessions === null)
    return { success: `${user.email} is suspended (saved). Their sessions could not be ended right now; they end within a minute.` };
  return { success: `${user.email} is suspended and signed out everywhere.` };
});

export const decideTeacherRequestAction = formAction({ access: ["ADMIN"] }, async (formData, { user: admin, context }) => {
  const decision = formData.get("decision") === "approve" ? "approve" : "decline";
  const { email } = await decideTeacherRequest(admin, String(formData.get("userId") ?? ""), decision, context);
  revalidatePath("/admin/users");
  return { success: decision === "approve" ? `${email} is a teacher now; we emailed them.` : `${email}'s request was declined.` };
});
