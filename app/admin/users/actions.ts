"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { requireRole } from "@/lib/auth/current-user";
import { setUserStatus, userStatusInput } from "@/lib/admin/users/set-user-status";
import { clientIp } from "@/lib/http/client-ip";
import { formError, type FormState } from "@/lib/http/form-state";

export async function changeUserStatus(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    const admin = await requireRole("ADMIN");
    const parsed = userStatusInput.safeParse({ status: formData.get("status") });
    if (!parsed.success) return { error: "Choose ACTIVE or SUSPENDED." };
    const { status } = parsed.data;
    const user = await setUserStatus(admin, String(formData.get("userId") ?? ""), status, { ip: clientIp(await headers()) });
    revalidatePath("/admin/users");
    revalidatePath(`/admin/users/${user.id}`);
    if (status === "ACTIVE") return { success: `${user.email} is active again.` };
    if (user.revokedSessions === null) return { success: `${user.email} is suspended (saved). Their sessions could not be ended right now; they end within a minute.` };
    return { success: `${user.email} is suspended and signed out everywhere.` };
  } catch (err) {
    return formError(err);
  }
}
