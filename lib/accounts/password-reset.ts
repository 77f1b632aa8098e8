import { db } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { BadRequestError, RateLimitedError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { consumeAuthToken, findLiveAuthToken, issueAuthToken, TOKEN_TTL_MINUTES, voidAuthTokens } from "@/lib/auth/auth-tokens";
import { endStaleSessions } from "@/lib/auth/session-store";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { deliverEmailsSoon } from "@/lib/jobs/deliver-emails-soon";
import { limitOrThrow } from "@/lib/rate-limit/limit";
import { passwordResetByAccount, passwordResetByIp, passwordResetConfirmByIp } from "@/lib/rate-limit/limiters";

/**
 * Emails a reset link when the address has an active account. The caller always shows the same
 * message, so the response never reveals whether an account exists.
 */
export async function requestPasswordReset(email: string, ip: string): Promise<void> {
  await limitOrThrow(passwordResetByIp, ip);
  try {
    await limitOrThrow(passwordResetByAccount, email);
  } catch (err) {
    // Too many resets for one address: drop it quietly; answering 429 would confirm the account exists.
    if (err instanceof RateLimitedError) return;
    throw err;
  }
  const user = await db.$primary().user.findUnique({ where: { email }, select: { id: true, name: true, status: true } });
  if (!user || user.status !== "ACTIVE") return;
  await db.$transaction(async (tx) => {
    const token = await issueAuthToken(tx, user.id, "PASSWORD_RESET");
    await enqueueEmail(tx, {
      to: email,
      userId: user.id,
      template: "password-reset",
      data: { name: user.name ?? undefined, resetUrl: `${env.APP_URL}/reset-password?token=${token}`, expiresInMinutes: TOKEN_TTL_MINUTES.PASSWORD_RESET },
      idempotencyKey: `password-reset:${token.slice(0, 16)}`,
    });
  });
  await deliverEmailsSoon();
}

const invalidLink = () => new BadRequestError("This reset link is invalid, expired or already used. Ask for a new one.", undefined, "invalid_token");

/**
 * Sets a new password from a reset link and signs the user out everywhere (a reset often follows a
 * compromise). Anyone can call this, so it is rate-limited per IP and refuses a bad token before the
 * (deliberately slow) password hash; the reset also voids the user's other unused reset links.
 */
export async function resetPassword(token: string, password: string, ip: string): Promise<{ userId: string }> {
  await limitOrThrow(passwordResetConfirmByIp, ip);
  if (!(await findLiveAuthToken("PASSWORD_RESET", token))) throw invalidLink();
  const passwordHash = await hashPassword(password);
  const userId = await db.$transaction(async (tx) => {
    // Still the single-use step: two requests with one link can both pass the look-up, only one gets here.
    const id = await consumeAuthToken(tx, "PASSWORD_RESET", token);
    if (!id) return null;
    await voidAuthTokens(tx, id, "PASSWORD_RESET");
    // Proof of access to the mailbox also verifies the address.
    await tx.user.update({ where: { id }, data: { passwordHash, emailVerifiedAt: new Date(), sessionGeneration: { increment: 1 } } });
    return id;
  });
  if (!userId) throw invalidLink();
  // Sessions the delete misses are refused anyway: their generation is now old.
  await endStaleSessions(userId);
  return { userId };
}
