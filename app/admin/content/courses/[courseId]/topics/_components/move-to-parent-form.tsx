"use client";

import { useActionState } from "react";
import { FormAlert } from "@/app/_components/ui/form-alert";
import { SelectInput } from "@/app/_components/ui/fields";
import { moveTopicAction } from "../actions";
import type { ParentChoice } from "./topic-form";
import { Button } from "@/app/_components/ui/button";

/**
 * Moves a topic, with its subtopics, under another parent (or to the top level). One form for the whole
 * tree: a picker per topic would repeat every topic once per topic.
 */
export function MoveToParentForm({ topics }: { topics: ParentChoice[] }) {
  const [state, action, pending] = useActionState(moveTopicAction, {});
  const options = topics.map((t) => ({ value: t.id, label: t.label }));
  return (
    <form action={action} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="move" value="parent" />
      <SelectInput id="move-topic" name="id" label="Topic to move" defaultValue={state.values?.id} error={state.fieldErrors?.id} options={options} />
      <SelectInput
        id="move-parent"
        name="parentId"
        label="New parent"
        defaultValue={state.values?.parentId ?? ""}
        error={state.fieldErrors?.parentId}
        options={[{ value: "", label: "None (top level)" }, ...options]}
      />
      <Button type="submit" size="sm" variant="secondary" disabled={pending}>
        Change parent
      </Button>
      <div className="basis-full">
        <FormAlert message={state.fieldErrors ? undefined : state.error} />
        <FormAlert tone="success" message={state.success} />
      </div>
    </form>
  );
}
