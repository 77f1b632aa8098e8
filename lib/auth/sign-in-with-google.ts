import type { Account, Profile, User } from "next-auth";
import { headers } from "next/headers";
import { db } from "@/lib/db/prisma";
import { clientIp } from "@/lib/http/client-ip";
import { endStaleSessions } from "@/lib/auth/session-store";

/**
 * Finds or creates the user behind a Google sign-in. An existing password account is linked only when
 * Google has verified the email (otherwise anyone could claim an address by naming it at Google).
 * Returns null to refuse the sign-in.
 */
export async function signInWithGoogle(profile: Profile | undefined, account: Account): Promise<User | null> {
  const user = await linkGoogleAccount(profile, account);
  if (!user) return null;
  const h = await headers();
  return { ...user, ip: clientIp(h), userAgent: h.get("user-agent") ?? "" };
}

/** The account a verified Google identity signs in to (linked, found by email, or created), or null. */
export async function linkGoogleAccount(profile: Profile | undefined, account: Pick<Account, "type" | "provider" | "providerAccountId">) {
  const email = profile?.email?.toLowerCase();
  if (!email || profile?.email_verified !== true) return null;
  const primary = db.$primary();
  const linked = await primary.account.findUnique({
    where: { provider_providerAccountId: { provider: account.provider, providerAccountId: account.providerAccountId } },
    select: { user: true },
  });
  const user =
    linked?.user ??
    (await primary.user.findUnique({ where: { email } })) ??
    (await db.user.create({ data: { email, name: profile.name ?? null, emailVerifiedAt: new Date() } }));
  if (user.status !== "ACTIVE") return null;
  if (!linked) {
    await db.account.create({ data: { userId: user.id, type: account.type, provider: account.provider, providerAccountId: account.providerAccountId } });
    if (!user.emailVerifiedAt) {
      // Nobody had proved this address before Google did, so whoever set the password may not own it
      // (account pre-hijacking): the password and every session made with it go.
      await db.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date(), passwordHash: null, sessionGeneration: { increment: 1 } } });
      await endStaleSessions(user.id);
    }
  }
  return { id: user.id, email: user.email, name: user.name, role: user.role, onboarded: user.onboardedAt !== null };
}
