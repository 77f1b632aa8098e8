"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { completeOnboarding } from "@/lib/onboarding/complete-onboarding";
import { parseOnboardingForm, type OnboardingFormState } from "@/lib/onboarding/onboarding-input";

export const saveOnboarding = formAction<"user", OnboardingFormState>({ access: "user" }, async (formData, { user }) => {
  const parsed = parseOnboardingForm(formData);
  if (!parsed.success) return parsed.state;
  await completeOnboarding(user.id, parsed.data);
  redirect("/dashboard");
});
