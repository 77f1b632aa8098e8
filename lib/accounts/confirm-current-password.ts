import { db } from "@/lib/db/prisma";
import { checkPassword } from "@/lib/auth/password";
import { BadRequestError, NotFoundError } from "@/lib/errors";

/**
 * The account, once the caller has proved they know its current password. An account without one (it
 * signs in with Google only) has nothing to prove.
 */
export async function confirmCurrentPassword(userId: string, currentPassword: string | undefined) {
  const user = await db.$primary().user.findUnique({ where: { id: userId }, select: { email: true, name: true, passwordHash: true, sessionGeneration: true } });
  if (!user) throw new NotFoundError("Your account could not be found. Sign in again.");
  if (user.passwordHash && !(await checkPassword(user.passwordHash, currentPassword ?? ""))) {
    throw new BadRequestError("Your current password is not right.", undefined, "wrong_password");
  }
  return user;
}
