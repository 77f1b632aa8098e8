import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { updateUserSessions } from "@/lib/auth/session-store";
import { invalidateDashboard } from "@/lib/progress/dashboard-cache";

export const changeNameInput = z.object({ name: z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters.") });

/** Renames the account; live sessions carry the name (the header shows it), so they are updated too. */
export async function changeName(userId: string, name: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { name } });
  await updateUserSessions(userId, { name });
  await invalidateDashboard(userId);
}
