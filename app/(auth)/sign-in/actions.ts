"use server";

import { AuthError, type CredentialsSignin } from "next-auth";
import { formAction, plainAction } from "@/lib/actions/form-action";
import { signIn } from "@/lib/auth/next-auth";
import { SIGNED_IN_PATH } from "@/lib/auth/landing-path";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { formError } from "@/lib/http/form-state";

// Failed sign-ins are limited per address and per account inside the credentials provider (sign-in-guard).
const signInError = (err: unknown) => (err instanceof AuthError ? { error: signInErrorMessage((err as CredentialsSignin).code) } : formError(err));

export const signInWithPassword = formAction({ access: "public", keep: ["email"], onError: signInError }, async (formData) => {
  // On success this throws Next's redirect, which the wrapper lets through.
  await signIn("credentials", {
    email: String(formData.get("email") ?? "").slice(0, 300),
    password: String(formData.get("password") ?? ""),
    redirectTo: safeCallbackUrl(formData.get("callbackUrl"), SIGNED_IN_PATH),
  });
  return {};
});

export const signInWithGoogle = plainAction({ access: "public" }, async (formData) => {
  await signIn("google", { redirectTo: safeCallbackUrl(formData.get("callbackUrl"), SIGNED_IN_PATH) });
});
