import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { BadRequestError } from "@/lib/errors";
import { newPasswordInput } from "@/lib/accounts/account-input";
import { confirmCurrentPassword } from "@/lib/accounts/confirm-current-password";
import { hashPassword } from "@/lib/auth/password";
import { voidAuthTokens } from "@/lib/auth/auth-tokens";
import { endStaleSessions, keepSessionCurrent } from "@/lib/auth/session-store";

export const changePasswordInput = z.object({ currentPassword: z.string().max(200).optional(), newPassword: newPasswordInput });

/**
 * Sets a new password for a signed-in user who knows the current one, and signs out every other device
 * (a password change often follows a worry that someone else has it). The session generation is raised
 * in the same write, so a session the delete misses is refused at its next check; the device that made
 * the change is restamped and stays signed in. Unused reset links die with the old password.
 */
export async function changePassword(
  userId: string,
  currentSessionId: string,
  input: { currentPassword?: string; newPassword: string },
): Promise<{ endedSessions: number | null }> {
  await confirmCurrentPassword(userId, input.currentPassword);
  if (input.currentPassword === input.newPassword) throw new BadRequestError("Choose a password different from your current one.", undefined, "same_password");
  const passwordHash = await hashPassword(input.newPassword);
  const { sessionGeneration } = await db.$transaction(async (tx) => {
    await voidAuthTokens(tx, userId, "PASSWORD_RESET");
    return tx.user.update({ where: { id: userId }, data: { passwordHash, sessionGeneration: { increment: 1 } }, select: { sessionGeneration: true } });
  });
  await keepSessionCurrent(currentSessionId, sessionGeneration);
  return { endedSessions: await endStaleSessions(userId) };
}
