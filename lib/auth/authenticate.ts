import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { RateLimitedError } from "@/lib/http/errors";
import { assertSignInAllowed, recordFailedSignIn, recordSuccessfulSignIn } from "@/lib/rate-limit/sign-in-guard";
import { PASSWORD_MAX_LENGTH, verifyAgainstNothing, verifyPassword } from "@/lib/auth/password";
import { AccountSuspended, InvalidCredentials, SignInRateLimited } from "@/lib/auth/sign-in-errors";

export const signInInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

export type AuthenticatedUser = { id: string; email: string; name: string | null; role: "STUDENT" | "TEACHER" | "ADMIN"; onboarded: boolean };

/**
 * Checks an email and password, with brute-force limits per IP and per account. Unknown emails, wrong
 * passwords and malformed input all fail the same way, in about the same time.
 */
export async function authenticate(credentials: unknown, ip: string): Promise<AuthenticatedUser> {
  const parsed = signInInput.safeParse(credentials);
  if (!parsed.success) throw new InvalidCredentials();
  const { email, password } = parsed.data;
  try {
    await assertSignInAllowed(ip, email);
  } catch (err) {
    if (err instanceof RateLimitedError) throw new SignInRateLimited(err.retryAfterSeconds);
    throw err;
  }

  // The primary: an account created a moment ago must be able to sign in at once.
  const user = await db.$primary().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, status: true, passwordHash: true, onboardedAt: true },
  });
  const valid = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : await verifyAgainstNothing(password);
  if (!user || !valid || user.status === "DELETED") {
    const outcome = await recordFailedSignIn(ip, email);
    if (outcome.blocked) throw new SignInRateLimited(outcome.retryAfterSeconds);
    throw new InvalidCredentials();
  }
  await recordSuccessfulSignIn(email);
  if (user.status === "SUSPENDED") throw new AccountSuspended();
  return { id: user.id, email: user.email, name: user.name, role: user.role, onboarded: user.onboardedAt !== null };
}
