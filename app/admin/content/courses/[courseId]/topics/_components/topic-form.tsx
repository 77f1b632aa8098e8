"use client";

import { useActionState } from "react";
import { FormAlert } from "@/app/_components/ui/form-alert";
import { Checkbox, SelectInput, TextInput } from "@/app/_components/ui/fields";
import { saveTopic } from "../actions";
import { Button } from "@/app/_components/ui/button";

export type ParentChoice = { id: string; label: string };

/** Adds a topic under a chosen parent, or renames/recodes `topic`. */
export function TopicForm({
  courseId,
  topic,
  parents = [],
}: {
  courseId: string;
  topic?: { id: string; code: string; title: string; hlOnly: boolean };
  parents?: ParentChoice[];
}) {
  const [state, action, pending] = useActionState(saveTopic, {});
  const prefix = topic ? `topic-${topic.id}` : "new-topic";
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="flex flex-wrap items-end gap-3" noValidate>
      {topic ? <input type="hidden" name="id" value={topic.id} /> : <input type="hidden" name="courseId" value={courseId} />}
      {!topic && (
        <SelectInput
          id={`${prefix}-parent`}
          name="parentId"
          label="Parent topic"
          defaultValue={state.values?.parentId ?? ""}
          error={errors.parentId}
          options={[{ value: "", label: "None (top level)" }, ...parents.map((p) => ({ value: p.id, label: p.label }))]}
        />
      )}
      <TextInput
        id={`${prefix}-code`}
        name="code"
        label="Code"
        defaultValue={state.values?.code ?? topic?.code ?? ""}
        error={errors.code}
        className="w-28"
        required
      />
      <TextInput
        id={`${prefix}-title`}
        name="title"
        label="Title"
        defaultValue={state.values?.title ?? topic?.title ?? ""}
        error={errors.title}
        className="min-w-64 flex-1"
        required
      />
      <Checkbox
        id={`${prefix}-hl`}
        name="hlOnly"
        label="HL only"
        defaultChecked={state.values ? state.values.hlOnly === "on" : topic?.hlOnly}
        error={errors.hlOnly}
        className="pb-2"
      />
      <Button type="submit" size="sm" variant="primary" disabled={pending} aria-label={topic ? `Save topic ${topic.code}` : undefined}>
        {topic ? "Save" : "Add topic"}
      </Button>
      <div className="basis-full">
        <FormAlert message={state.error} />
        <FormAlert tone="success" message={state.success} />
      </div>
    </form>
  );
}
