"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { plainAction } from "@/lib/actions/form-action";
import { revokeAllSessions, revokeSession } from "@/lib/auth/session-store";

const sessionId = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);

export const signOutDevice = plainAction({ access: "user" }, async (formData, { user }) => {
  const parsed = sessionId.safeParse(formData.get("sessionId"));
  // Only ids from the user's own index can be revoked: revokeSession is scoped to the user.
  if (parsed.success) await revokeSession(user.id, parsed.data);
  revalidatePath("/settings/sessions");
});

export const signOutOtherDevices = plainAction({ access: "user" }, async (_formData, { user }) => {
  await revokeAllSessions(user.id, { except: user.sessionId });
  revalidatePath("/settings/sessions");
});
