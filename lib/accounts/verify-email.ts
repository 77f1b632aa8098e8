import { db } from "@/lib/db/prisma";
import { consumeAuthToken } from "@/lib/auth/auth-tokens";

/** Marks the email behind a verification link as verified; false when the link is invalid, expired or used. */
export async function verifyEmail(token: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const userId = await consumeAuthToken(tx, "EMAIL_VERIFICATION", token);
    if (!userId) return false;
    await tx.user.update({ where: { id: userId }, data: { emailVerifiedAt: new Date() } });
    return true;
  });
}
