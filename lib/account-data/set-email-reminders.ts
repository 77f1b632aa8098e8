import { db } from "@/lib/db/prisma";

/** Turns the daily study-reminder emails on or off for the user. */
export async function setEmailReminders(userId: string, enabled: boolean): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { emailReminders: enabled }, select: { id: true } });
}
