"use client";

import { useActionState } from "react";
import { FormAlert } from "@/app/_components/ui/form-alert";
import { SelectInput, TextInput } from "@/app/_components/ui/fields";
import { SubmitButton } from "@/app/_components/ui/submit-button";
import type { FormState } from "@/lib/http/form-state";
import { createClassAction } from "../actions";

const thisYear = new Date().getUTCFullYear();

/** Name, course and (optionally) exam session of a new class; the page for it opens on success. */
export function CreateClassForm({ courses }: { courses: { value: string; label: string }[] }) {
  const [state, action] = useActionState<FormState, FormData>(createClassAction, {});
  const value = (name: string) => state.values?.[name];
  return (
    <form action={action} aria-label="Create a class" className="grid max-w-2xl gap-4 sm:grid-cols-2" noValidate>
      <TextInput
        id="class-name"
        name="name"
        label="Class name"
        size="md"
        hint="What your students will see, e.g. “Physics SL, 12B”."
        maxLength={80}
        required
        defaultValue={value("name")}
        error={state.fieldErrors?.name}
        className="sm:col-span-2"
      />
      <SelectInput
        id="class-course"
        name="courseSlug"
        label="Course"
        size="md"
        required
        options={[{ value: "", label: "Choose a course" }, ...courses]}
        defaultValue={value("courseSlug") ?? ""}
        error={state.fieldErrors?.courseSlug}
        className="sm:col-span-2"
      />
      <SelectInput
        id="class-exam-month"
        name="examMonth"
        label="Exam session (optional)"
        size="md"
        options={[
          { value: "", label: "Not set" },
          { value: "MAY", label: "May" },
          { value: "NOVEMBER", label: "November" },
        ]}
        defaultValue={value("examMonth") ?? ""}
        error={state.fieldErrors?.examMonth}
      />
      <SelectInput
        id="class-exam-year"
        name="examYear"
        label="Exam year"
        size="md"
        options={[{ value: "", label: "Not set" }, ...[0, 1, 2].map((d) => ({ value: String(thisYear + d), label: String(thisYear + d) }))]}
        defaultValue={value("examYear") ?? ""}
        error={state.fieldErrors?.examYear}
      />
      <div className="sm:col-span-2">
        <FormAlert message={state.error} />
        <div className="mt-2 w-48">
          <SubmitButton pendingText="Creating…">Create class</SubmitButton>
        </div>
      </div>
    </form>
  );
}
