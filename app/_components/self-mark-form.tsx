"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { useSaveMarks } from "@/app/_components/use-save-marks";
import { buttonClass } from "@/app/_components/ui/button";
import { Badge } from "@/app/_components/ui/badge";

type Point = { label: string; kind: string; marks: number; text: ReactNode; suggested: boolean };

type Props = {
  /** Where the ticked labels are POSTed, as `{ ...body, labels }`; the page is refreshed on success. */
  endpoint: string;
  body: Record<string, string>;
  points: Point[];
  maxMarks: number;
  /**
   * Practice starts from the automatic suggestion ticked; a mock paper starts from nothing ticked and
   * shows the suggestion as a hint only, so its total is never the keyword check's opinion.
   */
  preTickSuggestions: boolean;
  /** Names the form for assistive technology when a page holds several (a mock's written answers). */
  "aria-label"?: string;
};

/**
 * The markscheme of a written answer as a checklist. Only the student's own ticks become marks; the
 * server applies dependencies (an A mark needs its M mark) and caps them at the question's marks.
 */
export function SelfMarkForm({ endpoint, body, points, maxMarks, preTickSuggestions, "aria-label": ariaLabel }: Props) {
  const [ticked, setTicked] = useState(() => new Set(preTickSuggestions ? points.filter((p) => p.suggested).map((p) => p.label) : []));
  const { error, saving, save: saveMarks } = useSaveMarks(endpoint, body);
  const total = Math.min(
    maxMarks,
    points.filter((p) => ticked.has(p.label)).reduce((s, p) => s + p.marks, 0),
  );

  function toggle(label: string) {
    setTicked((prev) => {
      const next = new Set(prev);
      if (!next.delete(label)) next.add(label);
      return next;
    });
  }

  function save(event: FormEvent) {
    event.preventDefault();
    void saveMarks({ labels: [...ticked] });
  }

  return (
    <form onSubmit={save} className="space-y-4" aria-label={ariaLabel}>
      <fieldset>
        <legend className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {preTickSuggestions
            ? "Suggested automatically — check each point against your answer"
            : "Tick each point your answer makes. A “hint” is where the automatic check found matching words: it is not a mark."}
        </legend>
        <ul className="mt-3 space-y-2">
          {points.map((p) => (
            <li key={p.label}>
              <label className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-200 bg-white p-3 has-checked:border-emerald-600 has-checked:bg-emerald-50">
                <input type="checkbox" checked={ticked.has(p.label)} onChange={() => toggle(p.label)} className="mt-1" />
                <span className="shrink-0 font-semibold">
                  {p.label}
                  <span className="sr-only">, </span>
                  <span className="ml-1 text-xs font-normal text-slate-600">
                    ({p.marks} {p.marks === 1 ? "mark" : "marks"})
                  </span>
                </span>
                <span className="min-w-0 flex-1">{p.text}</span>
                {!preTickSuggestions && p.suggested && (
                  <Badge tone="warning" className="shrink-0">
                    <span className="sr-only">, </span>hint
                  </Badge>
                )}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <p className="text-sm text-slate-700" aria-live="polite">
        Ticked: {total} / {maxMarks} marks
      </p>
      {error && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      )}
      <button type="submit" disabled={saving} className={buttonClass({ size: "lg" })}>
        {saving ? "Saving…" : "Save my marks"}
      </button>
    </form>
  );
}
