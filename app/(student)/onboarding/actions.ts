"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { completeOnboarding } from "@/lib/onboarding/complete-onboarding";
import { parseOnboardingForm, type OnboardingFormState } from "@/lib/onboarding/onboarding-input";

export async function saveOnboarding(_previous: OnboardingFormState, formData: FormData): Promise<OnboardingFormState> {
  try {
    const user = await requireUser();
    const parsed = parseOnboardingForm(formData);
    if (!parsed.success) return parsed.state;
    await completeOnboarding(user.id, parsed.data);
  } catch (err) {
    if (err instanceof AppError) return { error: err.message };
    throw err;
  }
  // Outside the try: redirect() works by throwing, and must not be caught.
  redirect("/dashboard");
}
