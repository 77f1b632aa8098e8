import { cache } from "react";
import { redirect } from "next/navigation";
import type { Session } from "next-auth";
import { auth } from "@/lib/auth/next-auth";
import { ForbiddenError, UnauthorizedError } from "@/lib/errors";

export type CurrentUser = Session["user"] & { sessionId: string };
type Role = CurrentUser["role"];

/** The signed-in user of this request, or null. Memoised per request: one Redis lookup however many callers. */
export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  if (!session?.user?.id || !session.sessionId) return null;
  return { ...session.user, sessionId: session.sessionId };
});

// ── pages: redirect ────────────────────────────────────────────────────────────
/** For pages: the user, or a redirect to sign in (and back here afterwards). */
export async function requireUserPage(returnTo: string): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For pages: a user with one of the roles; others are sent to their dashboard. */
export async function requireRolePage(roles: Role[], returnTo: string): Promise<CurrentUser> {
  const user = await requireUserPage(returnTo);
  if (!roles.includes(user.role)) redirect("/dashboard?denied=1");
  return user;
}

// ── route handlers and server actions: throw ──────────────────────────────────
export async function requireUser(): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) throw new UnauthorizedError();
  return user;
}

export async function requireRole(...roles: Role[]): Promise<CurrentUser> {
  const user = await requireUser();
  if (!roles.includes(user.role)) throw new ForbiddenError();
  return user;
}
