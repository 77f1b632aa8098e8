"use server";

import { headers } from "next/headers";
import { signIn } from "@/lib/auth/next-auth";
import { signUpInput } from "@/lib/accounts/account-input";
import { registerAccount } from "@/lib/accounts/register-account";
import { clientIp } from "@/lib/http/client-ip";
import { fieldErrors, formError, type FormState } from "@/lib/http/form-state";
import { limitOrThrow } from "@/lib/rate-limit/limit";
import { signUpByIp } from "@/lib/rate-limit/limiters";

export async function signUp(_prev: FormState, formData: FormData): Promise<FormState> {
  const raw = { name: formData.get("name") ?? undefined, email: formData.get("email") ?? undefined, password: formData.get("password") ?? undefined };
  const values = { name: String(raw.name ?? "").slice(0, 200), email: String(raw.email ?? "").slice(0, 300) };
  const parsed = signUpInput.safeParse(raw);
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error), values };
  try {
    await limitOrThrow(signUpByIp, clientIp(await headers()));
    await registerAccount(parsed.data);
  } catch (err) {
    return { ...formError(err), values };
  }
  await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: "/onboarding" });
  return {};
}
