"use client";

import { startTransition, useActionState, useState, useSyncExternalStore, type FormEvent } from "react";
import type { OnboardingState } from "@/lib/onboarding/complete-onboarding";
import type { OnboardingFormState } from "@/lib/onboarding/onboarding-input";
import { saveOnboarding } from "@/app/(student)/onboarding/actions";
import { SubjectChoice, type CourseChoice, type SubjectOption } from "@/app/(student)/onboarding/_components/subject-choice";
import { buttonClass } from "@/app/_components/ui/button";

export type SubjectGroupOption = { group: number; name: string; subjects: SubjectOption[] };

type Props = {
  groups: SubjectGroupOption[];
  initial: OnboardingState;
  examYears: number[];
  maxCourses: number;
};

const MONTHS = [
  { value: "MAY", label: "May" },
  { value: "NOVEMBER", label: "November" },
] as const;

// The device's zone never changes during a visit; the server snapshot (the saved zone) covers the first render.
const subscribeToNothing = () => () => {};
const deviceTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function OnboardingForm({ groups, initial, examYears, maxCourses }: Props) {
  const [state, formAction, pending] = useActionState<OnboardingFormState, FormData>(saveOnboarding, {});
  const [choices, setChoices] = useState<Record<string, CourseChoice>>(() =>
    Object.fromEntries(initial.courses.map((c) => [c.subjectSlug, { courseSlug: c.courseSlug, targetGrade: c.targetGrade?.toString() ?? "" }])),
  );
  const [examMonth, setExamMonth] = useState<string>(initial.examMonth ?? "");
  // A saved year that has since passed is not offered again, so it starts unchosen.
  const [examYear, setExamYear] = useState(initial.examYear && examYears.includes(initial.examYear) ? String(initial.examYear) : "");
  const timezone = useSyncExternalStore(subscribeToNothing, deviceTimeZone, () => initial.timezone);
  const errors = state.fieldErrors ?? {};
  const chosenCount = Object.keys(choices).length;

  const setLevel = (subjectSlug: string, courseSlug: string | null) =>
    setChoices(({ [subjectSlug]: previous, ...others }) =>
      courseSlug ? { ...others, [subjectSlug]: { courseSlug, targetGrade: previous?.targetGrade ?? "" } } : others,
    );
  const setGrade = (subjectSlug: string, targetGrade: string) =>
    setChoices((current) => {
      const choice = current[subjectSlug];
      return choice ? { ...current, [subjectSlug]: { ...choice, targetGrade } } : current;
    });

  // Calling the action ourselves skips React's automatic form reset, which would put the controlled
  // radios and selects back to their first-rendered values after a refused submit.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };

  return (
    <form action={formAction} onSubmit={submit} className="mt-8 space-y-10">
      <section aria-labelledby="courses-heading" aria-describedby={errors.courses ? "courses-error" : undefined}>
        <h2 id="courses-heading" className="text-xl font-semibold text-brand-900">
          Your courses
        </h2>
        <p className="mt-1 text-sm text-slate-600">Choose SL or HL for each subject you take, up to {maxCourses} courses.</p>
        {errors.courses && (
          <p id="courses-error" className="mt-2 text-sm font-medium text-red-700">
            {errors.courses}
          </p>
        )}
        {groups.map((group) => (
          <div key={group.group} className="mt-6">
            <h3 id={`group-${group.group}`} className="font-semibold">
              Group {group.group}: {group.name}
            </h3>
            <ul aria-labelledby={`group-${group.group}`} className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-200 px-4">
              {group.subjects.map((subject) => {
                const choice = choices[subject.slug];
                return (
                  <SubjectChoice
                    key={subject.slug}
                    subject={subject}
                    choice={choice}
                    gradeError={choice ? errors[`target:${choice.courseSlug}`] : undefined}
                    onLevelChange={(courseSlug) => setLevel(subject.slug, courseSlug)}
                    onGradeChange={(grade) => setGrade(subject.slug, grade)}
                  />
                );
              })}
            </ul>
          </div>
        ))}
      </section>

      <section aria-labelledby="session-heading">
        <h2 id="session-heading" className="text-xl font-semibold text-brand-900">
          Exam session
        </h2>
        <div className="mt-4 flex flex-wrap gap-6">
          <SessionSelect id="examMonth" label="Month" value={examMonth} onChange={setExamMonth} error={errors.examMonth}>
            {MONTHS.map((m) => (
              <option key={m.value} value={m.value}>
                {m.label}
              </option>
            ))}
          </SessionSelect>
          <SessionSelect id="examYear" label="Year" value={examYear} onChange={setExamYear} error={errors.examYear}>
            {examYears.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </SessionSelect>
        </div>
        <input type="hidden" name="timezone" value={timezone} />
        <p className="mt-4 text-sm text-slate-600">
          Streaks and due reviews follow your time zone: <span className="font-medium">{timezone}</span>, taken from this device.
        </p>
      </section>

      <div className="flex flex-wrap items-center gap-4 border-t border-slate-200 pt-6">
        <button type="submit" disabled={pending} className={buttonClass({ size: "lg" })}>
          Save and continue
        </button>
        <span className="text-sm text-slate-600">{chosenCount === 1 ? "1 course chosen" : `${chosenCount} courses chosen`}</span>
        {state.error && (
          <p role="alert" className="w-full rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
            {state.error}
          </p>
        )}
      </div>
    </form>
  );
}

type SessionSelectProps = {
  id: "examMonth" | "examYear";
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  children: React.ReactNode;
};

function SessionSelect({ id, label, value, onChange, error, children }: SessionSelectProps) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        name={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="min-w-40 rounded-md border border-slate-300 px-3 py-2 aria-invalid:border-red-600"
      >
        <option value="">Choose</option>
        {children}
      </select>
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
