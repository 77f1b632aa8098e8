"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { requireRole } from "@/lib/auth/current-user";
import { changeUserRole, userRoleInput } from "@/lib/admin/users/change-user-role";
import { revokeAllUserSessions, revokeUserSession } from "@/lib/admin/users/revoke-user-sessions";
import { requestUserExport } from "@/lib/admin/users/request-user-export";
import { clientIp } from "@/lib/http/client-ip";
import { formError, type FormState } from "@/lib/http/form-state";

// Every action takes (previous state, form data) and returns a message, including for a caller who is not
// an admin: the refusal must reach the form rather than become an opaque server error.

const userIdOf = (formData: FormData) => String(formData.get("userId") ?? "");
const context = async () => ({ ip: clientIp(await headers()) });
const refresh = (userId: string) => revalidatePath(`/admin/users/${userId}`);

export async function changeRole(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    const admin = await requireRole("ADMIN");
    const parsed = userRoleInput.safeParse({ role: formData.get("role") });
    if (!parsed.success) return { error: "Choose STUDENT, TEACHER or ADMIN." };
    const result = await changeUserRole(admin, userIdOf(formData), parsed.data.role, await context());
    refresh(result.id);
    if (result.revokedSessions === null) return { success: `${result.email} is ${result.role} (saved). Their sessions could not be ended right now; they end within a minute.` };
    if (!result.changed) return { success: `${result.email} is already ${parsed.data.role}.` };
    return { success: `${result.email} is now ${result.role}; they were signed out and get the new role when they sign in again.` };
  } catch (err) {
    return formError(err);
  }
}

export async function revokeSession(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    const admin = await requireRole("ADMIN");
    const userId = userIdOf(formData);
    await revokeUserSession(admin, userId, String(formData.get("sessionId") ?? ""), await context());
    refresh(userId);
    return { success: "Signed out of that device." };
  } catch (err) {
    return formError(err);
  }
}

export async function revokeAllSessions(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    const admin = await requireRole("ADMIN");
    const userId = userIdOf(formData);
    const { revoked } = await revokeAllUserSessions(admin, userId, await context());
    refresh(userId);
    return { success: revoked === 1 ? "Signed out of 1 device." : `Signed out of ${revoked} devices.` };
  } catch (err) {
    return formError(err);
  }
}

export async function exportUserData(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    const admin = await requireRole("ADMIN");
    const { email, created } = await requestUserExport(admin, userIdOf(formData), await context());
    refresh(userIdOf(formData));
    return {
      success: created
        ? `Export of ${email}'s data requested. You will get an email when it is ready to download.`
        : `An export of ${email}'s data was already requested this hour; it is listed below.`,
    };
  } catch (err) {
    return formError(err);
  }
}
