"use server";

import { AuthError, type CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth/next-auth";
import { SIGNED_IN_PATH } from "@/lib/auth/landing-path";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import type { FormState } from "@/lib/http/form-state";

export async function signInWithPassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const email = String(formData.get("email") ?? "").slice(0, 300);
  try {
    // On success this throws Next's redirect, which must propagate.
    await signIn("credentials", {
      email,
      password: String(formData.get("password") ?? ""),
      redirectTo: safeCallbackUrl(formData.get("callbackUrl"), SIGNED_IN_PATH),
    });
    return {};
  } catch (err) {
    if (err instanceof AuthError) return { error: signInErrorMessage((err as CredentialsSignin).code), values: { email } };
    throw err;
  }
}

export async function signInWithGoogle(formData: FormData): Promise<void> {
  await signIn("google", { redirectTo: safeCallbackUrl(formData.get("callbackUrl"), SIGNED_IN_PATH) });
}
