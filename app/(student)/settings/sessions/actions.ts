"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { revokeAllSessions, revokeSession } from "@/lib/auth/session-store";

const sessionId = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);

export async function signOutDevice(formData: FormData): Promise<void> {
  const user = await requireUser();
  const parsed = sessionId.safeParse(formData.get("sessionId"));
  // Only ids from the user's own index can be revoked: revokeSession is scoped to the user.
  if (parsed.success) await revokeSession(user.id, parsed.data);
  revalidatePath("/settings/sessions");
}

export async function signOutOtherDevices(): Promise<void> {
  const user = await requireUser();
  await revokeAllSessions(user.id, { except: user.sessionId });
  revalidatePath("/settings/sessions");
}
