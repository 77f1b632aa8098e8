"use client";

import dynamic from "next/dynamic";
import { useActionState, useDeferredValue, useState } from "react";
import type { EditorFlashcard } from "@/lib/admin/content/get-flashcard-for-editor";
import { FormAlert } from "@/app/_components/ui/form-alert";
import { ActionButton } from "@/app/_components/ui/action-button";
import { SelectInput, StatusBadge, TextArea, TextInput } from "@/app/_components/ui/fields";
import { changeFlashcardStatus, saveFlashcard } from "../actions";
import { Button } from "@/app/_components/ui/button";

const FlashcardPreview = dynamic(() => import("./flashcard-preview"), {
  ssr: false,
  loading: () => <p className="text-sm text-slate-600">Loading the preview…</p>,
});

/** Creates or edits a flashcard, with a live preview of both faces. Works as a plain form without JavaScript. */
export function FlashcardEditor({ courseId, topics, card }: { courseId: string; topics: { id: string; label: string }[]; card: EditorFlashcard | null }) {
  const [state, action, pending] = useActionState(saveFlashcard, {});
  const [front, setFront] = useState(state.values?.front ?? card?.front ?? "");
  const [back, setBack] = useState(state.values?.back ?? card?.back ?? "");
  const preview = useDeferredValue({ front, back });
  const errors = state.fieldErrors ?? {};
  return (
    <div className="grid gap-8 xl:grid-cols-2">
      <form action={action} className="space-y-4" noValidate aria-label={card ? `Edit flashcard ${card.key}` : "New flashcard"}>
        {card ? <input type="hidden" name="id" value={card.id} /> : <input type="hidden" name="courseId" value={courseId} />}
        <FormAlert message={state.error} />
        <FormAlert tone="success" message={state.success} />
        {card ? (
          <p className="text-sm">
            <span className="font-medium">Key</span> <span className="font-mono">{card.key}</span> <StatusBadge status={card.status} />
          </p>
        ) : (
          <TextInput
            id="key"
            name="key"
            label="Key"
            defaultValue={state.values?.key ?? ""}
            error={errors.key}
            hint="Permanent id, e.g. physics-2-1-card-03"
            required
          />
        )}
        <SelectInput
          id="topicId"
          name="topicId"
          label="Topic"
          defaultValue={state.values?.topicId ?? card?.topicId ?? topics[0]?.id}
          error={errors.topicId}
          options={topics.map((t) => ({ value: t.id, label: t.label }))}
        />
        <TextArea
          id="front"
          name="front"
          label="Front"
          rows={4}
          value={front}
          onChange={(e) => setFront(e.target.value)}
          error={errors.front}
          hint="Markdown with LaTeX between $…$ or $$…$$."
        />
        <TextArea id="back" name="back" label="Back" rows={6} value={back} onChange={(e) => setBack(e.target.value)} error={errors.back} />
        <div className="flex flex-wrap gap-3">
          <Button type="submit" size="sm" variant="secondary" name="intent" value="save" disabled={pending}>
            {card?.status === "PUBLISHED" ? "Save changes" : "Save draft"}
          </Button>
          {card?.status !== "PUBLISHED" && (
            <Button type="submit" size="sm" variant="primary" name="intent" value="publish" disabled={pending}>
              {card ? "Save and publish" : "Create and publish"}
            </Button>
          )}
        </div>
      </form>
      <aside aria-labelledby="preview-heading">
        <h2 id="preview-heading" className="text-lg font-semibold">
          Live preview
        </h2>
        {card && (
          <div className="mt-2 flex flex-wrap gap-3">
            {card.status === "PUBLISHED" && (
              <ActionButton action={changeFlashcardStatus} values={{ id: card.id, to: "unpublish" }}>
                Unpublish
              </ActionButton>
            )}
            {card.status === "ARCHIVED" && (
              <ActionButton action={changeFlashcardStatus} values={{ id: card.id, to: "unpublish" }}>
                Restore to draft
              </ActionButton>
            )}
            {card.status !== "ARCHIVED" && (
              <ActionButton action={changeFlashcardStatus} values={{ id: card.id, to: "archive" }} variant="danger">
                Archive
              </ActionButton>
            )}
          </div>
        )}
        <div className="mt-3">
          <FlashcardPreview front={preview.front} back={preview.back} />
        </div>
      </aside>
    </div>
  );
}
