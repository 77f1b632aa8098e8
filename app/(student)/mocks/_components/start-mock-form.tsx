"use client";

import { useActionState } from "react";
import { FormAlert } from "@/app/_components/ui/form-alert";
import { SubmitButton } from "@/app/_components/ui/submit-button";
import { TextField } from "@/app/_components/ui/fields";
import type { FormState } from "@/lib/http/form-state";
import type { MockCourseOption } from "@/lib/mocks/list-mock-options";
import { mockChoiceValue } from "@/lib/mocks/mock-choice-value";
import { cardClass } from "@/app/_components/ui/card";

const minutes = (m: number) => (m >= 60 ? `${Math.floor(m / 60)} h${m % 60 ? ` ${m % 60} min` : ""}` : `${m} min`);

export function StartMockForm({
  courses,
  action,
  allowDurationOverride,
}: {
  courses: MockCourseOption[];
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  allowDurationOverride: boolean;
}) {
  const [state, formAction] = useActionState(action, {});
  const first = courses.find((c) => c.papers.length);
  return (
    <form action={formAction} className="space-y-6">
      {courses.map((course) => (
        <fieldset key={course.slug} className={cardClass("p-4")}>
          <legend className="px-1 font-semibold">{course.name}</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {course.papers.map((paper) => (
              <label
                key={paper.code}
                className="flex cursor-pointer gap-3 rounded-md border border-slate-200 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
              >
                <input
                  type="radio"
                  name="choice"
                  value={mockChoiceValue(course.slug, paper.code)}
                  defaultChecked={course === first && paper === first.papers[0]}
                  className="mt-1 size-4 accent-brand-600"
                />
                <span>
                  <span className="block font-medium">{paper.name}</span>
                  <span className="block text-sm text-slate-600">
                    {minutes(paper.durationMinutes)} · {paper.totalMarks} marks · {paper.calculator ? "calculator allowed" : "no calculator"}
                  </span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <label className="flex items-start gap-3">
        <input type="checkbox" name="short" className="mt-1 size-4 accent-brand-600" />
        <span>
          <span className="block font-medium">Short practice mock (quarter length)</span>
          <span className="block text-sm text-slate-600">A quarter of the paper&apos;s marks in a quarter of its time.</span>
        </span>
      </label>
      {allowDurationOverride && (
        <details open={state.fieldErrors?.durationSeconds ? true : undefined} className="rounded-md border border-dashed border-slate-300 p-3 text-sm">
          <summary className="cursor-pointer text-slate-700">Local testing options</summary>
          <div className="mt-3 max-w-xs">
            <TextField
              label="Duration in seconds"
              name="durationSeconds"
              type="number"
              min={10}
              inputMode="numeric"
              hint="Local instances only: overrides the paper's time."
              error={state.fieldErrors?.durationSeconds}
            />
          </div>
        </details>
      )}
      <FormAlert message={state.error} />
      <div className="max-w-xs">
        <SubmitButton pendingText="Preparing your paper…">Start mock</SubmitButton>
      </div>
    </form>
  );
}
