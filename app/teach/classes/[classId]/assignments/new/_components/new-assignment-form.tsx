"use client";

import { useActionState, useState } from "react";
import { Checkbox, SelectInput, TextArea, TextInput } from "@/app/_components/ui/fields";
import { FormAlert } from "@/app/_components/ui/form-alert";
import { SubmitButton } from "@/app/_components/ui/submit-button";
import type { FormState } from "@/lib/http/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  classId: string;
  papers: { code: string; name: string }[];
  topics: { id: string; code: string; title: string }[];
  timezone: string;
};

/** Title, what to set (questions from the bank or hand-picked, a mock paper, flashcard topics), release and due in the teacher's zone. */
export function NewAssignmentForm({ action, classId, papers, topics, timezone }: Props) {
  const [state, formAction] = useActionState(action, {});
  const v = state.values ?? {};
  const [kind, setKind] = useState(v.kind || "QUESTIONS");
  const [source, setSource] = useState(v.source || "filter");
  const err = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormAlert message={state.error} />
      <input type="hidden" name="classId" value={classId} />
      <TextInput id="title" name="title" label="Title" defaultValue={v.title} error={err.title} size="md" required maxLength={120} />
      <SelectInput
        id="kind"
        name="kind"
        label="What to set"
        value={kind}
        onChange={(e) => setKind(e.target.value)}
        options={[
          { value: "QUESTIONS", label: "Questions" },
          { value: "MOCK", label: "A mock paper" },
          { value: "FLASHCARDS", label: "Flashcards" },
        ]}
      />
      {kind === "QUESTIONS" && (
        <>
          <SelectInput
            id="source"
            name="source"
            label="Questions"
            value={source}
            onChange={(e) => setSource(e.target.value)}
            options={[
              { value: "filter", label: "Drawn from the question bank" },
              { value: "picked", label: "Hand-picked" },
            ]}
          />
          {source === "picked" ? (
            <TextArea
              id="refs"
              name="refs"
              label="Question ids or keys"
              hint="Separated by commas or new lines, in the order to answer them; at most 30."
              defaultValue={v.refs}
              error={err.questions}
              rows={4}
            />
          ) : (
            <div className="grid gap-4 sm:grid-cols-2">
              <TextInput id="topicCode" name="topicCode" label="Topic code (optional)" defaultValue={v.topicCode} hint="e.g. A.1; includes its subtopics" />
              <SelectInput
                id="difficulty"
                name="difficulty"
                label="Difficulty"
                defaultValue={v.difficulty}
                options={[{ value: "", label: "Any" }, ...[1, 2, 3, 4, 5].map((d) => ({ value: String(d), label: String(d) }))]}
              />
              <SelectInput
                id="filterPaper"
                name="filterPaper"
                label="Paper"
                defaultValue={v.filterPaper}
                options={[{ value: "", label: "Any" }, ...papers.map((p) => ({ value: p.code, label: p.name }))]}
              />
              <SelectInput
                id="type"
                name="type"
                label="Type"
                defaultValue={v.type}
                options={[
                  { value: "", label: "Any" },
                  { value: "MCQ", label: "Multiple choice" },
                  { value: "NUMERIC", label: "Numeric" },
                  { value: "WRITTEN", label: "Written" },
                ]}
              />
              <TextInput id="count" name="count" label="How many" type="number" min={1} max={30} defaultValue={v.count || "10"} />
            </div>
          )}
        </>
      )}
      {kind === "MOCK" && (
        <SelectInput
          id="paper"
          name="paper"
          label="Paper"
          defaultValue={v.paper}
          error={err.paper}
          options={papers.map((p) => ({ value: p.code, label: p.name }))}
        />
      )}
      {kind === "FLASHCARDS" && (
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">Topics</legend>
          {err.topicIds && <p className="mt-1 text-sm text-red-700">{err.topicIds}</p>}
          <div className="mt-2 grid gap-1 sm:grid-cols-2">
            {topics.map((t) => (
              <Checkbox key={t.id} id={`topic-${t.id}`} name="topicIds" value={t.id} label={`${t.code} ${t.title}`} />
            ))}
          </div>
        </fieldset>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput id="releaseAt" name="releaseAt" label="Released" type="datetime-local" defaultValue={v.releaseAt} error={err.releaseAt} size="md" />
        <TextInput id="dueAt" name="dueAt" label="Due" type="datetime-local" defaultValue={v.dueAt} error={err.dueAt} size="md" />
      </div>
      <TextInput
        id="timezone"
        name="timezone"
        label="Time zone"
        defaultValue={v.timezone || timezone}
        error={err.timezone}
        hint="The times above are read in this zone, e.g. Europe/London."
        size="md"
      />
      <SubmitButton pendingText="Setting…">Set work</SubmitButton>
    </form>
  );
}
