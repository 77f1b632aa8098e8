"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { changeUserRole, userRoleInput } from "@/lib/admin/users/change-user-role";
import { revokeAllUserSessions, revokeUserSession } from "@/lib/admin/users/revoke-user-sessions";
import { requestUserExport } from "@/lib/admin/users/request-user-export";

const userIdOf = (formData: FormData) => String(formData.get("userId") ?? "");
const refresh = (userId: string) => revalidatePath(`/admin/users/${userId}`);

export const changeRole = formAction({ access: ["ADMIN"] }, async (formData, { user: admin, context }) => {
  const parsed = userRoleInput.safeParse({ role: formData.get("role") });
  if (!parsed.success) return { error: "Choose STUDENT, TEACHER or ADMIN." };
  const result = await changeUserRole(admin, userIdOf(formData), parsed.data.role, context);
  refresh(result.id);
  if (result.revokedSessions === null)
    return { success: `${result.email} is ${result.role} (saved). Their sessions could not be ended right now; they end within a minute.` };
  if (!result.changed) return { success: `${result.email} is already ${parsed.data.role}.` };
  return { success: `${result.email} is now ${result.role}; they were signed out and get the new role when they sign in again.` };
});

export const revokeSession = formAction({ access: ["ADMIN"] }, async (formData, { user: admin, context }) => {
  const userId = userIdOf(formData);
  await revokeUserSession(admin, userId, String(formData.get("sessionId") ?? ""), context);
  refresh(userId);
  return { success: "Signed out of that device." };
});

export const revokeAllSessions = formAction({ access: ["ADMIN"] }, async (formData, { user: admin, context }) => {
  const userId = userIdOf(formData);
  const { revoked } = await revokeAllUserSessions(admin, userId, context);
  refresh(userId);
  return { success: revoked === 1 ? "Signed out of 1 device." : `Signed out of ${revoked} devices.` };
});

export const exportUserData = formAction({ access: ["ADMIN"] }, async (formData, { user: admin, context }) => {
  const { email, created } = await requestUserExport(admin, userIdOf(formData), context);
  refresh(userIdOf(formData));
  return {
    success: created
      ? `Export of ${email}'s data requested. You will get an email when it is ready to download.`
      : `An export of ${email}'s data was already requested this hour; it is listed below.`,
  };
});
