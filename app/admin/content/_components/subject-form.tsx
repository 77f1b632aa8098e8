"use client";

import { useActionState } from "react";
import { subjectGroups } from "@/lib/catalog/catalog-input";
import { FormAlert } from "@/app/_components/ui/form-alert";
import { saveSubject } from "../actions";
import { SelectInput, TextArea, TextInput } from "@/app/_components/ui/fields";
import { Button } from "@/app/_components/ui/button";

type Subject = { id: string; slug: string; name: string; group: number; description: string };

/** Creates a subject, or edits one when given it. */
export function SubjectForm({ subject }: { subject?: Subject }) {
  const [state, action, pending] = useActionState(saveSubject, {});
  const prefix = subject ? `subject-${subject.id}` : "new-subject";
  const errors = state.fieldErrors ?? {};
  const value = (name: keyof Subject) => state.values?.[name] ?? (subject ? String(subject[name]) : "");
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-2" noValidate>
      {subject && <input type="hidden" name="id" value={subject.id} />}
      <TextInput id={`${prefix}-name`} name="name" label="Name" defaultValue={value("name")} error={errors.name} required />
      <TextInput
        id={`${prefix}-slug`}
        name="slug"
        label="Slug"
        defaultValue={value("slug")}
        error={errors.slug}
        hint="Lower-case words joined by hyphens; course URLs start with it."
        required
      />
      <SelectInput
        id={`${prefix}-group`}
        name="group"
        label="Subject group"
        defaultValue={value("group") || "1"}
        error={errors.group}
        options={Object.entries(subjectGroups).map(([group, name]) => ({ value: group, label: `${group}. ${name}` }))}
      />
      <TextArea
        id={`${prefix}-description`}
        name="description"
        label="Description"
        rows={2}
        defaultValue={value("description")}
        error={errors.description}
        className="sm:col-span-2"
        required
      />
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" size="sm" variant="primary" disabled={pending}>
          {subject ? "Save subject" : "Create subject"}
        </Button>
        <FormAlert message={state.error} />
        <FormAlert tone="success" message={state.success} />
      </div>
    </form>
  );
}
