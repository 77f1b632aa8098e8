import { db } from "@/lib/db/prisma";
import { safeTimeZone } from "@/lib/flashcards/local-day";
import { NotFoundError } from "@/lib/http/errors";

export type AccountSettings = { emailReminders: boolean; deletionRequestedAt: Date | null; deleteAfter: Date | null; timeZone: string };

/** What the settings page shows about the account. From the primary: the page re-renders right after a change. */
export async function getAccountSettings(userId: string): Promise<AccountSettings> {
  const user = await db.$primary().user.findUnique({ where: { id: userId }, select: { emailReminders: true, deletionRequestedAt: true, deleteAfter: true, timezone: true } });
  if (!user) throw new NotFoundError("Your account could not be found. Sign in again.");
  return { emailReminders: user.emailReminders, deletionRequestedAt: user.deletionRequestedAt, deleteAfter: user.deleteAfter, timeZone: safeTimeZone(user.timezone) };
}
