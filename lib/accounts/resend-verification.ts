import { db } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { NotFoundError } from "@/lib/errors";
import { issueAuthToken, TOKEN_TTL_MINUTES } from "@/lib/auth/auth-tokens";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { deliverEmailsSoon } from "@/lib/jobs/deliver-emails-soon";
import { limitOrThrow } from "@/lib/rate-limit/limit";
import { verificationResendByAccount } from "@/lib/rate-limit/limiters";

/**
 * Sends the signed-in user a fresh verification link (the first may have expired after a day, or gone to
 * spam). Returns sent: false, sending nothing, when the address is already verified. Three an hour per account.
 */
export async function resendVerificationEmail(userId: string, now = new Date()): Promise<{ sent: boolean; email: string; expiresInHours: number }> {
  const user = await db.$primary().user.findUnique({ where: { id: userId }, select: { email: true, name: true, emailVerifiedAt: true } });
  if (!user) throw new NotFoundError("Your account could not be found. Sign in again.");
  const expiresInHours = TOKEN_TTL_MINUTES.EMAIL_VERIFICATION / 60;
  if (user.emailVerifiedAt) return { sent: false, email: user.email, expiresInHours };
  await limitOrThrow(verificationResendByAccount, userId);
  await db.$transaction(async (tx) => {
    const token = await issueAuthToken(tx, userId, "EMAIL_VERIFICATION");
    await enqueueEmail(tx, {
      to: user.email,
      userId,
      template: "verify-email",
      data: { name: user.name ?? undefined, verifyUrl: `${env.APP_URL}/verify-email?token=${token}`, expiresInHours },
      idempotencyKey: `verify-email:${userId}:resend:${now.getTime()}`,
    });
  });
  await deliverEmailsSoon();
  return { sent: true, email: user.email, expiresInHours };
}
