import { db } from "@/lib/db/prisma";
import { safeTimeZone } from "@/lib/calendar/local-calendar";
import { NotFoundError } from "@/lib/errors";

export type AccountSettings = {
  name: string | null;
  email: string;
  /** False for accounts that sign in with Google only: they set a password without giving a current one. */
  hasPassword: boolean;
  /** The address waiting to be confirmed from its confirmation email, if a change is pending. */
  pendingEmail: string | null;
  /** False until the sign-up address is confirmed from its verification email. */
  emailVerified: boolean;
  emailReminders: boolean;
  deletionRequestedAt: Date | null;
  deleteAfter: Date | null;
  timeZone: string;
};

/** What the settings page shows about the account. From the primary: the page re-renders right after a change. */
export async function getAccountSettings(userId: string): Promise<AccountSettings> {
  const user = await db.$primary().user.findUnique({
    where: { id: userId },
    select: {
      name: true,
      email: true,
      passwordHash: true,
      emailVerifiedAt: true,
      emailReminders: true,
      deletionRequestedAt: true,
      deleteAfter: true,
      timezone: true,
      authTokens: {
        where: { kind: "EMAIL_CHANGE", usedAt: null, expiresAt: { gt: new Date() } },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { newEmail: true },
      },
    },
  });
  if (!user) throw new NotFoundError("Your account could not be found. Sign in again.");
  return {
    name: user.name,
    email: user.email,
    hasPassword: user.passwordHash !== null,
    pendingEmail: user.authTokens[0]?.newEmail ?? null,
    emailVerified: user.emailVerifiedAt !== null,
    emailReminders: user.emailReminders,
    deletionRequestedAt: user.deletionRequestedAt,
    deleteAfter: user.deleteAfter,
    timeZone: safeTimeZone(user.timezone),
  };
}
