import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { ConflictError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { issueAuthToken, TOKEN_TTL_MINUTES } from "@/lib/auth/auth-tokens";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { deliverEmailsSoon } from "@/lib/jobs/deliver-emails-soon";
import type { SignUpInput } from "@/lib/accounts/account-input";

/**
 * Creates a student account (with a request for teacher access when asked), and in the same transaction its verification token and emails, so an account
 * never exists without the email that verifies it.
 */
export async function registerAccount(input: SignUpInput): Promise<{ userId: string }> {
  const passwordHash = await hashPassword(input.password);
  try {
    const userId = await db.$transaction(async (tx) => {
      const teacherRequest = input.teacher ? { teacherRequestedAt: new Date(), teacherRequestSchool: input.school } : {};
      const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash, ...teacherRequest }, select: { id: true } });
      const token = await issueAuthToken(tx, user.id, "EMAIL_VERIFICATION");
      await enqueueEmail(tx, {
        to: input.email,
        userId: user.id,
        template: "verify-email",
        data: { name: input.name, verifyUrl: `${env.APP_URL}/verify-email?token=${token}`, expiresInHours: TOKEN_TTL_MINUTES.EMAIL_VERIFICATION / 60 },
        idempotencyKey: `verify-email:${user.id}:signup`,
      });
      await enqueueEmail(tx, {
        to: input.email,
        userId: user.id,
        template: "welcome",
        data: { name: input.name, dashboardUrl: `${env.APP_URL}/dashboard` },
        idempotencyKey: `welcome:${user.id}`,
      });
      return user.id;
    });
    await deliverEmailsSoon();
    return { userId };
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
      throw new ConflictError("An account with this email already exists. Sign in, or reset your password if you have forgotten it.", "email_taken");
    }
    throw err;
  }
}
