import type { Metadata } from "next";
import { requireUserPage } from "@/lib/auth/current-user";
import { listCatalog } from "@/lib/catalog/list-catalog";
import { getOnboardingState } from "@/lib/onboarding/complete-onboarding";
import { examYears, MAX_COURSES } from "@/lib/onboarding/onboarding-input";
import { OnboardingForm, type SubjectGroupOption } from "@/app/(student)/onboarding/_components/onboarding-form";

export const metadata: Metadata = { title: "Your courses" };

export default async function OnboardingPage() {
  const user = await requireUserPage("/onboarding");
  const [catalog, state] = await Promise.all([listCatalog(), getOnboardingState(user.id)]);
  // Only what the form needs reaches the client: descriptions and counts would bloat the page payload.
  const groups: SubjectGroupOption[] = catalog.map((g) => ({
    group: g.group,
    name: g.name,
    subjects: g.subjects.map((s) => ({
      slug: s.slug,
      name: s.name,
      courses: s.courses.map((c) => ({ slug: c.slug, level: c.level, hasQuestions: c.questionCount > 0 })),
    })),
  }));

  return (
    <div className="mx-auto max-w-4xl px-4 py-12">
      <h1 className="text-3xl font-bold tracking-tight">{state.onboarded ? "Your courses" : "Set up your revision"}</h1>
      <p className="mt-2 max-w-2xl text-slate-700">
        Choose the subjects you take, at standard level (SL) or higher level (HL), the grade you are aiming for in each, and when you sit your exams. Your
        dashboard, practice and mock exams follow these choices; you can change them here at any time.
      </p>
      <OnboardingForm groups={groups} initial={state} examYears={examYears()} maxCourses={MAX_COURSES} />
    </div>
  );
}
