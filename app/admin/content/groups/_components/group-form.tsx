"use client";

import dynamic from "next/dynamic";
import { startTransition, useActionState, useDeferredValue, useState, type FormEvent } from "react";
import { FormAlert } from "@/app/_components/ui/form-alert";
import { Button } from "@/app/_components/ui/button";
import { Checkbox, SelectInput, TextArea, TextInput } from "@/app/_components/ui/fields";
import { FigureUpload } from "@/app/admin/content/questions/_components/figure-upload";
import { saveQuestionGroup } from "../actions";

const ContextPreview = dynamic(() => import("./context-preview"), {
  ssr: false,
  loading: () => <p className="text-sm text-slate-600">Loading the preview…</p>,
});

type Props =
  | { mode: "create"; courseId: string; papers: { code: string; name: string }[] }
  | { mode: "edit"; group: { id: string; version: number; context: string; paper: string; calculator: boolean } };

/**
 * A multi-part question's shared fields: on creation its key, paper, calculator and context; afterwards
 * the context only (paper and calculator are every part's). A live preview shows the context as students
 * will; the server checks it as it checks a stem and shows each problem on its field.
 */
export function GroupForm(props: Props) {
  const [state, formAction, pending] = useActionState(saveQuestionGroup, {});
  const editing = props.mode === "edit" ? props.group : null;
  const [key, setKey] = useState("");
  const [paper, setPaper] = useState(editing?.paper ?? (props.mode === "create" ? (props.papers[0]?.code ?? "P1") : "P1"));
  const [calculator, setCalculator] = useState(editing?.calculator ?? false);
  const [context, setContext] = useState(editing?.context ?? "");
  const preview = useDeferredValue(context);
  const errors = state.fieldErrors ?? {};
  const version = state.values?.version ?? String(editing?.version ?? "");

  // Posted through a transition so React does not reset the typed values after the action.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  return (
    <div className="grid gap-8 xl:grid-cols-2">
      <form action={formAction} onSubmit={submit} className="space-y-5" noValidate aria-label={editing ? "Edit the context" : "New multi-part question"}>
        {editing ? (
          <>
            <input type="hidden" name="id" value={editing.id} />
            <input type="hidden" name="version" value={version} />
          </>
        ) : (
          <input type="hidden" name="courseId" value={props.mode === "create" ? props.courseId : ""} />
        )}
        <FormAlert message={state.error} />
        <FormAlert tone="success" message={state.success} />
        {props.mode === "create" && (
          <div className="grid gap-3 sm:grid-cols-2">
            <TextInput
              id="group-key"
              name="key"
              label="Key"
              value={key}
              onChange={(e) => setKey(e.target.value)}
              error={errors.key}
              hint="Permanent id, e.g. physics-a1-cyclist. Each part's key adds its label: …-a, …-b."
              required
            />
            <SelectInput
              id="group-paper"
              name="paper"
              label="Paper"
              value={paper}
              onChange={(e) => setPaper(e.target.value)}
              error={errors.paper}
              options={props.papers.map((p) => ({ value: p.code, label: `${p.code}: ${p.name}` }))}
            />
            <Checkbox
              id="group-calculator"
              name="calculator"
              label="Calculator allowed"
              checked={calculator}
              onChange={(e) => setCalculator(e.target.checked)}
              error={errors.calculator}
            />
          </div>
        )}
        <TextArea
          id="group-context"
          name="context"
          label="Context"
          rows={8}
          value={context}
          onChange={(e) => setContext(e.target.value)}
          error={errors.context}
          hint="What every part refers to. Markdown with LaTeX between $…$ or $$…$$; tables in GFM; figures from the upload below."
        />
        <FigureUpload onUploaded={(markdown) => setContext((c) => `${c.trimEnd()}\n\n${markdown}\n`)} />
        <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4">
          <Button type="submit" size="sm" disabled={pending}>
            {editing ? "Save context" : "Create and add parts"}
          </Button>
          {pending && <span className="text-sm text-slate-600">Saving…</span>}
        </div>
      </form>
      <aside aria-labelledby="context-preview-heading" className="xl:sticky xl:top-4 xl:self-start">
        <h2 id="context-preview-heading" className="text-lg font-semibold">
          Live preview
        </h2>
        <div className="mt-3">
          <ContextPreview context={preview} meta={`Paper ${paper.replace(/^P/, "")} · ${calculator ? "calculator" : "no calculator"}`} />
        </div>
      </aside>
    </div>
  );
}
