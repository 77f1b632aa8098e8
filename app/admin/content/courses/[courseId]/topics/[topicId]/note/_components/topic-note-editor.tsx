"use client";

import dynamic from "next/dynamic";
import { useActionState, useDeferredValue, useState } from "react";
import { FormAlert } from "@/app/_components/ui/form-alert";
import { TextArea } from "@/app/_components/ui/fields";
import { saveTopicNoteAction } from "../../../actions";
import { Button } from "@/app/_components/ui/button";

const TopicNotePreview = dynamic(() => import("./topic-note-preview"), {
  ssr: false,
  loading: () => <p className="text-sm text-slate-600">Loading the preview…</p>,
});

type Note = { body: string; status: "DRAFT" | "PUBLISHED" | "ARCHIVED"; version: number };

/** Writes or edits a topic's revision note with a live preview; works as a plain form without JavaScript. */
export function TopicNoteEditor({ topicId, note }: { topicId: string; note: Note | null }) {
  const [state, action, pending] = useActionState(saveTopicNoteAction, {});
  const [body, setBody] = useState(state.values?.body ?? note?.body ?? "");
  const preview = useDeferredValue(body);
  const version = state.values?.version ?? (note ? String(note.version) : "");
  const published = note?.status === "PUBLISHED";
  return (
    <div className="grid gap-8 xl:grid-cols-2">
      <form action={action} className="space-y-4" noValidate aria-label="Revision note">
        <input type="hidden" name="topicId" value={topicId} />
        {version && <input type="hidden" name="version" value={version} />}
        <FormAlert message={state.error} />
        <FormAlert tone="success" message={state.success} />
        <TextArea
          id="body"
          name="body"
          label="Note"
          rows={24}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          error={state.fieldErrors?.body}
          hint="Markdown with LaTeX between $…$ or $$…$$. Start with an overview paragraph (the page shows the topic title), then ### sections. 400 to 12,000 characters."
        />
        <p className="text-xs text-slate-600" aria-live="polite">
          {body.length.toLocaleString("en-GB")} characters
        </p>
        <div className="flex flex-wrap gap-3">
          <Button type="submit" size="sm" variant="secondary" name="intent" value="save" disabled={pending}>
            {published ? "Save changes" : "Save draft"}
          </Button>
          {published ? (
            <Button type="submit" size="sm" variant="secondary" name="intent" value="unpublish" disabled={pending}>
              Unpublish
            </Button>
          ) : (
            <Button type="submit" size="sm" variant="primary" name="intent" value="publish" disabled={pending}>
              Save and publish
            </Button>
          )}
        </div>
      </form>
      <aside aria-labelledby="preview-heading">
        <h2 id="preview-heading" className="text-lg font-semibold">
          Live preview
        </h2>
        <div className="mt-3">
          <TopicNotePreview body={preview} />
        </div>
      </aside>
    </div>
  );
}
