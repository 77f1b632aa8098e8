"use server";

import { formAction } from "@/lib/actions/form-action";
import { signIn } from "@/lib/auth/next-auth";
import { signUpInput } from "@/lib/accounts/account-input";
import { registerAccount } from "@/lib/accounts/register-account";
import { fieldErrors } from "@/lib/http/form-state";
import { limitOrThrow } from "@/lib/rate-limit/limit";
import { signUpByIp } from "@/lib/rate-limit/limiters";

export const signUp = formAction({ access: "public", keep: ["name", "email", "school"] }, async (formData, { context }) => {
  const raw = {
    name: formData.get("name") ?? undefined,
    email: formData.get("email") ?? undefined,
    password: formData.get("password") ?? undefined,
    teacher: formData.get("teacher") === "on",
    school: formData.get("school") || undefined,
  };
  const parsed = signUpInput.safeParse(raw);
  if (!parsed.success)
    return {
      fieldErrors: fieldErrors(parsed.error),
      values: {
        name: String(raw.name ?? "").slice(0, 200),
        email: String(raw.email ?? "").slice(0, 300),
        school: String(raw.school ?? "").slice(0, 200),
        teacher: raw.teacher ? "on" : "",
      },
    };
  await limitOrThrow(signUpByIp, context.ip);
  await registerAccount(parsed.data);
  // On success this throws Next's redirect, which the wrapper lets through.
  await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: "/onboarding" });
  return {};
});
