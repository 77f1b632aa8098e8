import { CredentialsSignin } from "next-auth";

// next-auth reports a failed credentials sign-in by the error's `code`, which also travels in redirect
// URLs: codes say what the user can do about it, never whether an account exists.
export class InvalidCredentials extends CredentialsSignin {
  code = "invalid_credentials";
}

export class SignInRateLimited extends CredentialsSignin {
  constructor(retryAfterSeconds: number) {
    super();
    this.code = `rate_limited_${Math.ceil(retryAfterSeconds)}`;
  }
}

export class AccountSuspended extends CredentialsSignin {
  code = "account_suspended";
}

/** This instance has more password checks queued than it takes (see lib/auth/password-work.ts). */
export class SignInBusy extends CredentialsSignin {
  code = "busy";
}

/** The message for a sign-in error code (from a thrown CredentialsSignin or a `?code=` in the URL). */
export function signInErrorMessage(code: string | undefined): string {
  const wait = /^rate_limited_(\d+)$/.exec(code ?? "");
  if (wait) {
    const minutes = Math.ceil(Number(wait[1]) / 60);
    return `Too many failed sign-in attempts. Try again in ${minutes === 1 ? "1 minute" : `${minutes} minutes`}.`;
  }
  if (code === "busy") return "Sign-in is very busy right now. Please try again in a moment.";
  if (code === "account_suspended") return "This account is suspended. Contact your school or IB Revise support.";
  return "Incorrect email or password.";
}
