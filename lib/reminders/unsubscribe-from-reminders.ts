import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { BadRequestError } from "@/lib/errors";
import { verifyUnsubscribeToken } from "@/lib/reminders/unsubscribe-token";

export const unsubscribeQuery = z.object({ token: z.string().max(200).default("") });

export class InvalidUnsubscribeLinkError extends BadRequestError {
  constructor() {
    super("This unsubscribe link is not valid. Use the link from the most recent reminder email.", undefined, "invalid_unsubscribe_link");
  }
}

/**
 * Turns daily study reminders off for the user the token names. Idempotent, and quiet about whether the
 * account still exists: a valid link for a deleted account succeeds and changes nothing.
 */
export async function unsubscribeFromReminders(token: string): Promise<void> {
  const userId = verifyUnsubscribeToken(token);
  if (!userId) throw new InvalidUnsubscribeLinkError();
  await db.user.updateMany({ where: { id: userId, emailReminders: true }, data: { emailReminders: false } });
}
