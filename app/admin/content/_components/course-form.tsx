"use client";

import { useActionState } from "react";
import { FormAlert } from "@/app/_components/ui/form-alert";
import { saveCourse } from "../actions";
import { SelectInput, TextInput } from "@/app/_components/ui/fields";
import { Button } from "@/app/_components/ui/button";

type Course = { id: string; slug: string; name: string };

/** Adds a course to a subject (`levels`: the levels it does not have yet), or edits `course`. */
export function CourseForm({ subject, course, levels = [] }: { subject: { id: string; name: string }; course?: Course; levels?: ("SL" | "HL")[] }) {
  const [state, action, pending] = useActionState(saveCourse, {});
  const prefix = course ? `course-${course.id}` : `new-course-${subject.id}`;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="flex flex-wrap items-end gap-3" noValidate>
      {course ? <input type="hidden" name="id" value={course.id} /> : <input type="hidden" name="subjectId" value={subject.id} />}
      {!course && (
        <SelectInput
          id={`${prefix}-level`}
          name="level"
          label="Level"
          defaultValue={state.values?.level ?? levels[0]}
          error={errors.level}
          options={levels.map((l) => ({ value: l, label: l }))}
        />
      )}
      <TextInput
        id={`${prefix}-name`}
        name="name"
        label="Course name"
        defaultValue={state.values?.name ?? course?.name ?? ""}
        placeholder={course ? undefined : `${subject.name} ${levels[0] ?? ""}`}
        error={errors.name}
      />
      <TextInput
        id={`${prefix}-slug`}
        name="slug"
        label="Course slug"
        defaultValue={state.values?.slug ?? course?.slug ?? ""}
        placeholder={course ? undefined : "from the subject"}
        error={errors.slug}
      />
      <Button
        type="submit"
        size="sm"
        variant={course ? "secondary" : "primary"}
        disabled={pending}
        aria-label={course ? `Save ${course.name}` : `Add a course to ${subject.name}`}
      >
        {course ? "Save course" : "Add course"}
      </Button>
      <div className="basis-full">
        <FormAlert message={state.error} />
        <FormAlert tone="success" message={state.success} />
      </div>
    </form>
  );
}
