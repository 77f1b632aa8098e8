import { db } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { BadRequestError, RateLimitedError } from "@/lib/http/errors";
import { hashPassword } from "@/lib/auth/password";
import { consumeAuthToken, issueAuthToken, TOKEN_TTL_MINUTES } from "@/lib/auth/auth-tokens";
import { revokeAllSessions } from "@/lib/auth/session-store";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { deliverEmailsSoon } from "@/lib/jobs/deliver-emails-soon";
import { limitOrThrow } from "@/lib/rate-limit/limit";
import { passwordResetByAccount, passwordResetByIp } from "@/lib/rate-limit/limiters";

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

/** Sets a new password from a reset link and signs the user out everywhere (a reset often follows a compromise). */
export async function resetPassword(token: string, password: string): Promise<{ userId: string }> {
  const passwordHash = await hashPassword(password);
  const userId = await db.$transaction(async (tx) => {
    const id = await consumeAuthToken(tx, "PASSWORD_RESET", token);
    if (!id) return null;
    // Proof of access to the mailbox also verifies the address.
    await tx.user.update({ where: { id }, data: { passwordHash, emailVerifiedAt: new Date() } });
    return id;
  });
  if (!userId) throw new BadRequestError("This reset link is invalid, expired or already used. Ask for a new one.", undefined, "invalid_token");
  await revokeAllSessions(userId);
  return { userId };
}
