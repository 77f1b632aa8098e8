import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { BadRequestError, ConflictError } from "@/lib/errors";
import { emailInput } from "@/lib/accounts/account-input";
import { confirmCurrentPassword } from "@/lib/accounts/confirm-current-password";
import { consumeEmailChangeToken, issueAuthToken, TOKEN_TTL_MINUTES, voidAuthTokens } from "@/lib/auth/auth-tokens";
import { updateUserSessions } from "@/lib/auth/session-store";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { deliverEmailsSoon } from "@/lib/jobs/deliver-emails-soon";

export const changeEmailInput = z.object({ email: emailInput, currentPassword: z.string().max(200).optional() });

const taken = () => new ConflictError("Another account uses that email address.", "email_taken");

/**
 * Sends a confirmation link to the new address; the account keeps its current address until the link is
 * used (confirmEmailChange), so a typo cannot lock anyone out. Asking again voids the earlier link.
 * Accounts with a password must give it: a session left open on a shared computer must not be enough to
 * take the account over.
 */
export async function requestEmailChange(userId: string, input: { email: string; currentPassword?: string }): Promise<void> {
  const user = await confirmCurrentPassword(userId, input.currentPassword);
  if (input.email === user.email) throw new BadRequestError("That is already your email address.", undefined, "same_email");
  if (await db.$primary().user.findUnique({ where: { email: input.email }, select: { id: true } })) throw taken();
  await db.$transaction(async (tx) => {
    await voidAuthTokens(tx, userId, "EMAIL_CHANGE");
    const token = await issueAuthToken(tx, userId, "EMAIL_CHANGE", input.email);
    await enqueueEmail(tx, {
      to: input.email,
      userId,
      template: "confirm-email-change",
      data: { name: user.name ?? undefined, confirmUrl: `${env.APP_URL}/confirm-email?token=${token}`, expiresInHours: TOKEN_TTL_MINUTES.EMAIL_CHANGE / 60 },
      idempotencyKey: `confirm-email-change:${token.slice(0, 16)}`,
    });
  });
  await deliverEmailsSoon();
}

/**
 * Makes the address behind a confirmation link the account's address (verified: the link proves the
 * mailbox) and tells the old address. Returns false when the link is invalid, expired or used.
 */
export async function confirmEmailChange(token: string): Promise<boolean> {
  let changed: { userId: string; newEmail: string } | null;
  try {
    changed = await db.$transaction(async (tx) => {
      const use = await consumeEmailChangeToken(tx, token);
      if (!use) return null;
      const before = await tx.user.findUniqueOrThrow({ where: { id: use.userId }, select: { email: true, name: true } });
      await tx.user.update({ where: { id: use.userId }, data: { email: use.newEmail, emailVerifiedAt: new Date() } });
      await enqueueEmail(tx, {
        to: before.email,
        userId: use.userId,
        template: "email-changed",
        data: { name: before.name ?? undefined, newEmail: use.newEmail, signInUrl: `${env.APP_URL}/sign-in` },
        idempotencyKey: `email-changed:${token.slice(0, 16)}`,
      });
      return use;
    });
  } catch (err) {
    // Someone else took the address between the request and the confirmation.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") throw taken();
    throw err;
  }
  if (!changed) return false;
  await updateUserSessions(changed.userId, { email: changed.newEmail });
  await deliverEmailsSoon();
  return true;
}
