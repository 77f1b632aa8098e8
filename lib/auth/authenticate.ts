import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { RateLimitedError, ServiceUnavailableError } from "@/lib/errors";
import { beginSignIn, type SignInAttempt } from "@/lib/rate-limit/sign-in-guard";
import { checkPassword, PASSWORD_MAX_LENGTH } from "@/lib/auth/password";
import { AccountSuspended, InvalidCredentials, SignInBusy, SignInRateLimited } from "@/lib/auth/sign-in-errors";

export const signInInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

export type AuthenticatedUser = {
  id: string;
  email: string;
  name: string | null;
  role: "STUDENT" | "TEACHER" | "ADMIN";
  onboarded: boolean;
  sessionGeneration: number;
};

/** Limits and overload become next-auth sign-in errors, which the form turns into a message. */
function asSignInError(err: unknown): never {
  if (err instanceof RateLimitedError) throw new SignInRateLimited(err.retryAfterSeconds);
  if (err instanceof ServiceUnavailableError) throw new SignInBusy();
  throw err;
}

async function checkCredentials(email: string, password: string, attempt: SignInAttempt) {
  // The primary: an account created a moment ago must be able to sign in at once.
  const user = await db.$primary().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, status: true, passwordHash: true, onboardedAt: true, sessionGeneration: true },
  });
  const valid = await checkPassword(user?.passwordHash, password, () => attempt.reserveIp());
  return { user, valid };
}

/**
 * Checks an email and password, with brute-force limits per IP and per account that hold under parallel
 * bursts (each attempt is reserved before its password is checked). Unknown emails, wrong passwords and
 * malformed input all fail the same way, in about the same time.
 */
export async function authenticate(credentials: unknown, ip: string): Promise<AuthenticatedUser> {
  const parsed = signInInput.safeParse(credentials);
  if (!parsed.success) throw new InvalidCredentials();
  const { email, password } = parsed.data;
  const attempt = await beginSignIn(ip, email).catch(asSignInError);

  const { user, valid } = await checkCredentials(email, password, attempt).catch(async (err: unknown) => {
    // reserveIp gives the account's attempt back itself when it refuses; anything else never checked.
    if (!(err instanceof RateLimitedError)) await attempt.cancel();
    return asSignInError(err);
  });
  if (!user || !valid || user.status === "DELETED") {
    const outcome = await attempt.failed();
    if (outcome.blocked) throw new SignInRateLimited(outcome.retryAfterSeconds);
    throw new InvalidCredentials();
  }
  await attempt.succeeded();
  if (user.status === "SUSPENDED") throw new AccountSuspended();
  return { id: user.id, email: user.email, name: user.name, role: user.role, onboarded: user.onboardedAt !== null, sessionGeneration: user.sessionGeneration };
}
