"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { startTransition, useActionState, useDeferredValue, useState, type FormEvent } from "react";
import { commandTerms } from "@/lib/questions/question-input";
import type { EditorQuestion } from "@/lib/admin/content/get-question-for-editor";
import { FormAlert } from "@/app/_components/ui/form-alert";
import { ActionButton } from "@/app/_components/ui/action-button";
import { Checkbox, SelectInput, StatusBadge, TextArea, TextInput } from "@/app/_components/ui/fields";
import { changeQuestionStatus, saveQuestion } from "../actions";
import { FigureUpload } from "./figure-upload";
import { MarkingPointsEditor } from "./marking-points-editor";
import { MarkbandsEditor } from "./markbands-editor";
import { OptionsEditor } from "./options-editor";
import { describeField, draftFromQuestion, type QuestionDraft } from "./question-draft";
import { Button } from "@/app/_components/ui/button";

// Markdown and KaTeX are only needed for the preview: loaded after the editor, in the admin's browser only.
const QuestionPreview = dynamic(() => import("./question-preview"), {
  ssr: false,
  loading: () => <p className="text-sm text-slate-600">Loading the preview…</p>,
});

type Props = {
  courseId: string;
  topics: { id: string; label: string }[];
  papers: { code: string; name: string }[];
  /** Null for a new question. */
  question: EditorQuestion | null;
  /** A new part of a multi-part question: saved into that group under this label, on its paper and calculator. */
  newPart?: { groupId: string; label: string; paper: string; calculator: boolean };
};

const typeOptions = [
  { value: "MCQ", label: "Multiple choice" },
  { value: "NUMERIC", label: "Numeric" },
  { value: "WRITTEN", label: "Written (marked against points or markbands)" },
];

/**
 * The question editor: every field, the markscheme rows and a live preview of what students will see.
 * Saving validates on the server (the same rules as publishing) and shows each problem on its field.
 */
export function QuestionEditor({ courseId, topics, papers, question, newPart }: Props) {
  const [state, formAction, pending] = useActionState(saveQuestion, {});
  const [draft, setDraft] = useState<QuestionDraft>(() => ({
    ...draftFromQuestion(question, { topicId: topics[0]?.id ?? "", paper: newPart?.paper ?? papers[0]?.code ?? "P1" }),
    ...(newPart && { calculator: newPart.calculator }),
  }));
  const preview = useDeferredValue(draft);
  const errors = state.fieldErrors ?? {};
  const set = <K extends keyof QuestionDraft>(key: K, value: QuestionDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  // The version this editor's content is based on: the one it opened, then each of its own saves. A save
  // over someone else's newer one is refused (409) instead of silently undoing it.
  const [openedVersion] = useState(question?.version);
  const version = state.values?.version ?? String(openedVersion ?? "");
  const status = question?.status;

  // With JavaScript the post goes through a transition, so the typed values are never reset by React's
  // form reset; without it, the form still posts to the same action.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const native = event.nativeEvent as SubmitEvent;
    const data = new FormData(event.currentTarget, native.submitter);
    startTransition(() => formAction(data));
  }

  const topicLabel = topics.find((t) => t.id === draft.topicId)?.label.replace(/^(— )+/, "") ?? "";
  const meta = `${topicLabel} · ${draft.marks} ${draft.marks === "1" ? "mark" : "marks"} · ${draft.commandTerm} · Paper ${draft.paper.replace(/^P/, "")} · ${draft.calculator ? "calculator" : "no calculator"} · difficulty ${draft.difficulty} of 5`;
  const errorList = Object.entries(errors);

  return (
    <div className="grid gap-8 xl:grid-cols-2">
      <form action={formAction} onSubmit={submit} className="space-y-5" noValidate aria-label={question ? `Edit question ${question.key}` : "New question"}>
        {question ? <input type="hidden" name="id" value={question.id} /> : <input type="hidden" name="courseId" value={courseId} />}
        {question && <input type="hidden" name="version" value={version} />}
        {newPart && <input type="hidden" name="groupId" value={newPart.groupId} />}

        {errorList.length > 0 && (
          <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            <p className="font-semibold">{state.error}</p>
            <ul className="mt-1 list-disc pl-5">
              {errorList.map(([path, message]) => (
                <li key={path}>
                  {describeField(path)}: {message}
                </li>
              ))}
            </ul>
          </div>
        )}
        {!errorList.length && <FormAlert message={state.error} />}
        <FormAlert tone="success" message={state.success} />

        <div className="grid gap-3 sm:grid-cols-2">
          {question ? (
            <p className="text-sm">
              <span className="font-medium">Key</span> <span className="font-mono">{question.key}</span>
            </p>
          ) : newPart ? (
            <TextInput id="label" name="label" label="Part label" defaultValue={newPart.label} error={errors.label} hint="a, b, … or b(ii)" required />
          ) : (
            <TextInput
              id="key"
              name="key"
              label="Key"
              value={draft.key}
              onChange={(e) => set("key", e.target.value)}
              error={errors.key}
              hint="Permanent id, e.g. physics-2-1-07"
              required
            />
          )}
          <SelectInput
            id="topicId"
            name="topicId"
            label="Topic"
            value={draft.topicId}
            onChange={(e) => set("topicId", e.target.value)}
            error={errors.topicId}
            options={topics.map((t) => ({ value: t.id, label: t.label }))}
          />
          <SelectInput
            id="type"
            name="type"
            label="Type"
            value={draft.type}
            onChange={(e) => set("type", e.target.value as QuestionDraft["type"])}
            error={errors.type}
            options={typeOptions}
          />
          <TextInput
            id="marks"
            name="marks"
            type="number"
            min={1}
            max={30}
            label="Marks"
            value={draft.marks}
            onChange={(e) => set("marks", e.target.value)}
            error={errors.marks}
          />
        </div>

        <fieldset className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-2">
          <legend className="px-1 text-sm font-semibold">Tags</legend>
          <SelectInput
            id="paper"
            name="paper"
            label="Paper"
            value={draft.paper}
            onChange={(e) => set("paper", e.target.value)}
            error={errors.paper}
            options={papers.map((p) => ({ value: p.code, label: `${p.code}: ${p.name}` }))}
          />
          <SelectInput
            id="difficulty"
            name="difficulty"
            label="Difficulty"
            value={draft.difficulty}
            onChange={(e) => set("difficulty", e.target.value)}
            error={errors.difficulty}
            options={["1", "2", "3", "4", "5"].map((d) => ({ value: d, label: `${d} of 5` }))}
          />
          <SelectInput
            id="commandTerm"
            name="commandTerm"
            label="Command term"
            value={draft.commandTerm}
            onChange={(e) => set("commandTerm", e.target.value)}
            error={errors.commandTerm}
            options={commandTerms.map((t) => ({ value: t, label: t }))}
          />
          <Checkbox
            id="calculator"
            name="calculator"
            label="Calculator allowed"
            checked={draft.calculator}
            onChange={(e) => set("calculator", e.target.checked)}
            error={errors.calculator}
            className="self-end pb-2"
          />
        </fieldset>

        <TextArea
          id="stem"
          name="stem"
          label="Stem"
          rows={6}
          value={draft.stem}
          onChange={(e) => set("stem", e.target.value)}
          error={errors.stem}
          hint="Markdown with LaTeX between $…$ (inline) or $$…$$ (display); tables in GFM (| a | b |); figures as ![alt text](/figures/…) from the upload below."
        />
        <FigureUpload onUploaded={(markdown) => setDraft((d) => ({ ...d, stem: `${d.stem.trimEnd()}\n\n${markdown}\n` }))} />

        {draft.type === "MCQ" && (
          <OptionsEditor
            options={draft.options}
            correctOptionId={draft.correctOptionId}
            errors={errors}
            onChange={(options, correctOptionId) => setDraft((d) => ({ ...d, options, correctOptionId }))}
          />
        )}

        {draft.type === "NUMERIC" && (
          <fieldset className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-3">
            <legend className="px-1 text-sm font-semibold">Numeric answer</legend>
            {(
              [
                ["value", "Correct value", "any"],
                ["tolerance", "Absolute tolerance", "any"],
                ["relativeTolerance", "Relative tolerance (0.01 = 1%)", "any"],
                ["unit", "Unit", undefined],
                ["sigFigs", "Significant figures", "1"],
              ] as const
            ).map(([field, label, step]) => (
              <TextInput
                key={field}
                id={`numeric-${field}`}
                name={`numericAnswer.${field}`}
                label={label}
                type={step ? "number" : "text"}
                step={step}
                value={draft.numericAnswer[field]}
                onChange={(e) => set("numericAnswer", { ...draft.numericAnswer, [field]: e.target.value })}
                error={errors[`numericAnswer.${field}`]}
              />
            ))}
            <Checkbox
              id="numeric-sigFigsExact"
              name="numericAnswer.sigFigsExact"
              label="Mark the significant figures"
              hint="The stem asks for them: any other number of figures loses a mark."
              checked={draft.numericAnswer.sigFigsExact}
              onChange={(e) => set("numericAnswer", { ...draft.numericAnswer, sigFigsExact: e.target.checked })}
              error={errors["numericAnswer.sigFigsExact"]}
              className="sm:col-span-3"
            />
            <Checkbox
              id="numeric-unitRequired"
              name="numericAnswer.unitRequired"
              label="The unit earns a mark"
              hint="An answer without its unit loses a mark. A unit of another quantity always scores 0."
              checked={draft.numericAnswer.unitRequired}
              onChange={(e) => set("numericAnswer", { ...draft.numericAnswer, unitRequired: e.target.checked })}
              error={errors["numericAnswer.unitRequired"]}
              className="sm:col-span-3"
            />
          </fieldset>
        )}

        <MarkingPointsEditor points={draft.markingPoints} errors={errors} onChange={(points) => set("markingPoints", points)} />
        {draft.type === "WRITTEN" && (
          <MarkbandsEditor criteria={draft.markbands} marks={draft.marks} errors={errors} onChange={(criteria) => set("markbands", criteria)} />
        )}

        <TextArea
          id="workedSolution"
          name="workedSolution"
          label="Worked solution"
          rows={6}
          value={draft.workedSolution}
          onChange={(e) => set("workedSolution", e.target.value)}
          error={errors.workedSolution}
        />

        <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4">
          {status && <StatusBadge status={status} />}
          <Button type="submit" size="sm" variant={status === "PUBLISHED" ? "primary" : "secondary"} name="intent" value="save" disabled={pending}>
            {status === "PUBLISHED" ? "Save changes" : status === "ARCHIVED" ? "Save" : "Save draft"}
          </Button>
          {status !== "PUBLISHED" && !newPart && (
            <Button type="submit" size="sm" variant="primary" name="intent" value="publish" disabled={pending}>
              {question ? "Save and publish" : "Create and publish"}
            </Button>
          )}
          {pending && <span className="text-sm text-slate-600">Saving…</span>}
        </div>
      </form>

      <aside aria-labelledby="preview-heading" className="xl:sticky xl:top-4 xl:self-start">
        <h2 id="preview-heading" className="text-lg font-semibold">
          Live preview
        </h2>
        {question && (
          <div className="mt-2 flex flex-wrap items-center gap-3 text-sm">
            <Link href={`/admin/content/questions/${question.id}/preview`} className="text-brand-700 hover:underline">
              Preview as student (saved version)
            </Link>
            {status === "PUBLISHED" && (
              <ActionButton action={changeQuestionStatus} values={{ id: question.id, to: "unpublish" }}>
                Unpublish
              </ActionButton>
            )}
            {status === "ARCHIVED" && (
              <ActionButton action={changeQuestionStatus} values={{ id: question.id, to: "unpublish" }}>
                Restore to draft
              </ActionButton>
            )}
            {status !== "ARCHIVED" && (
              <ActionButton action={changeQuestionStatus} values={{ id: question.id, to: "archive" }} variant="danger">
                Archive
              </ActionButton>
            )}
          </div>
        )}
        <div className="mt-3">
          <QuestionPreview draft={preview} meta={meta} />
        </div>
      </aside>
    </div>
  );
}
