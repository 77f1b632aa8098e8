"use client";

import { useState, type FormEvent, type KeyboardEvent, type Ref } from "react";
import { callApi } from "@/lib/http/call-api";
import { buttonClass } from "@/app/_components/ui/button";
import { Badge } from "@/app/_components/ui/badge";
import type { DeskItem } from "./desk-item";

export type SavedMarking = { marksAwarded: number; maxMarks: number };

type Placing = { level: number; marks: number };

const focusRing = "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";
const optionClass =
  "flex cursor-pointer items-start gap-3 rounded-md border border-slate-200 bg-white p-3 has-checked:border-emerald-600 has-checked:bg-emerald-50";

/**
 * The teacher's marks for one answer: the markscheme's points as checkboxes, or a level (radios) and a mark
 * per markband criterion, and a comment for the student. It starts from the student's own marking. Enter
 * on a mark, or Ctrl+Enter anywhere (a comment's Enter is a new line), saves; the server checks the marks
 * exactly as it checks self-marking and its refusal is shown here.
 */
export function TeacherMarkForm({ item, onSaved, ref }: { item: DeskItem; onSaved: (m: SavedMarking) => void; ref: Ref<HTMLFormElement> }) {
  const [ticked, setTicked] = useState(() => new Set(item.selfMarking?.labels ?? []));
  const [placings, setPlacings] = useState<Record<string, Placing>>(() =>
    Object.fromEntries((item.selfMarking?.bands ?? []).map((b) => [b.criterion, { level: b.level, marks: b.marks }])),
  );
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  async function save(event?: FormEvent) {
    event?.preventDefault();
    if (saving) return;
    const missing = item.criteria?.find((c) => !placings[c.id]);
    if (missing) return setError(`Choose a level for criterion ${missing.id} (${missing.title}) first.`);
    setSaving(true);
    setError(undefined);
    const marks = item.criteria ? { bands: item.criteria.map((c) => ({ criterion: c.id, ...placings[c.id]! })) } : { labels: [...ticked] };
    const result = await callApi<SavedMarking>(
      "/api/v1/teacher-marking",
      { method: "POST", json: { attemptId: item.attemptId, ...marks, comment } },
      "The marks could not be saved. Check your connection and try again.",
    );
    setSaving(false);
    if (result.ok) onSaved(result.data);
    else setError(result.message);
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key !== "Enter") return;
    const onMark = event.target instanceof HTMLInputElement && (event.target.type === "checkbox" || event.target.type === "radio");
    if (event.ctrlKey || event.metaKey || onMark) {
      event.preventDefault();
      void save();
    }
  }

  return (
    <form ref={ref} onSubmit={save} onKeyDown={onKeyDown} className="space-y-4" aria-label={`Marks for ${item.student}'s answer`}>
      {item.points && (
        <fieldset>
          <legend className="font-semibold">Markscheme: tick the points the answer earns</legend>
          <ul className="mt-2 space-y-2">
            {item.points.map((p) => (
              <li key={p.label}>
                <label className={optionClass}>
                  <input
                    type="checkbox"
                    checked={ticked.has(p.label)}
                    onChange={() =>
                      setTicked((prev) => {
                        const next = new Set(prev);
                        if (!next.delete(p.label)) next.add(p.label);
                        return next;
                      })
                    }
                    className={`mt-1 ${focusRing}`}
                  />
                  <span className="shrink-0 font-semibold">
                    {p.label}
                    <span className="sr-only">, </span>
                    <span className="ml-1 text-xs font-normal text-slate-600">({p.marks})</span>
                  </span>
                  <span className="min-w-0 flex-1">{p.text}</span>
                  {p.suggested && (
                    <Badge tone="warning" className="shrink-0">
                      <span className="sr-only">, </span>hint
                    </Badge>
                  )}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      {item.criteria?.map((criterion) => {
        const placing = placings[criterion.id];
        const band = placing && placing.level > 0 ? criterion.levels[placing.level - 1] : undefined;
        const levels = [...criterion.levels.map((l, i) => ({ n: i + 1, ...l })).reverse(), { n: 0, min: 0, max: 0, descriptor: "Does not reach level 1." }];
        return (
          <fieldset key={criterion.id} className="space-y-2">
            <legend className="font-semibold">
              {item.criteria!.length > 1 ? `Criterion ${criterion.id}: ` : ""}
              {criterion.title}
            </legend>
            <ol className="space-y-2">
              {levels.map((level) => (
                <li key={level.n}>
                  <label className={optionClass}>
                    <input
                      type="radio"
                      name={`level-${criterion.id}`}
                      checked={placing?.level === level.n}
                      onChange={() => setPlacings((prev) => ({ ...prev, [criterion.id]: { level: level.n, marks: level.max } }))}
                      className={`mt-1 ${focusRing}`}
                    />
                    <span className="w-24 shrink-0 font-semibold">
                      Level {level.n}
                      <span className="block text-xs font-normal text-slate-600">
                        {level.min === level.max ? level.max : `${level.min}–${level.max}`} marks
                      </span>
                    </span>
                    <span className="min-w-0 flex-1 text-sm">{level.descriptor}</span>
                  </label>
                </li>
              ))}
            </ol>
            {band && band.min < band.max && (
              <label className="flex items-center gap-2 text-sm">
                <span className="font-medium">Mark within level {placing!.level}</span>
                <select
                  value={placing!.marks}
                  onChange={(e) => setPlacings((prev) => ({ ...prev, [criterion.id]: { level: placing!.level, marks: Number(e.target.value) } }))}
                  className={`rounded-md border border-slate-300 px-2 py-1 ${focusRing}`}
                >
                  {Array.from({ length: band.max - band.min + 1 }, (_, k) => band.min + k).map((m) => (
                    <option key={m} value={m}>
                      {m}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </fieldset>
        );
      })}
      <label className="block">
        <span className="font-medium">Comment for the student</span>
        <span className="ml-2 text-sm text-slate-600">(optional; Ctrl+Enter saves)</span>
        <textarea
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          maxLength={2000}
          rows={3}
          className={`mt-1 block w-full rounded-md border border-slate-300 p-2 ${focusRing}`}
        />
      </label>
      {error && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      )}
      <button type="submit" disabled={saving} className={buttonClass({ size: "lg", className: focusRing })}>
        {saving ? "Saving…" : "Save and next"}
      </button>
    </form>
  );
}
