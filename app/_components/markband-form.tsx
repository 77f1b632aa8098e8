"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { useSaveMarks } from "@/app/_components/use-save-marks";
import { buttonClass } from "@/app/_components/ui/button";

export type MarkbandFormCriterion = { id: string; title: string; levels: { min: number; max: number; descriptor: ReactNode }[] };

type Props = {
  /** Where the placings are POSTed, as `{ ...body, bands: [{ criterion, level, marks }] }`; the page is refreshed on success. */
  endpoint: string;
  body: Record<string, string>;
  criteria: MarkbandFormCriterion[];
  maxMarks: number;
  /** Names the form for assistive technology when a page holds several (a mock's written answers). */
  "aria-label"?: string;
};

type Placing = { level: number; marks: number };

const marksText = (min: number, max: number) => (min === max ? `${max} ${max === 1 ? "mark" : "marks"}` : `${min}–${max} marks`);

/**
 * Marking an extended answer the IB way: for each criterion, the level whose descriptor fits the answer
 * best (read from the top down), then a mark inside that level (the top of it when the answer fully meets
 * the descriptor, lower when it only just does). The server checks every placing against the markbands.
 */
export function MarkbandForm({ endpoint, body, criteria, maxMarks, "aria-label": ariaLabel }: Props) {
  const [placings, setPlacings] = useState<Record<string, Placing>>({});
  const { error, setError, saving, save: saveMarks } = useSaveMarks(endpoint, body);
  const placed = criteria.filter((c) => placings[c.id]).length;
  const total = Object.values(placings).reduce((sum, p) => sum + p.marks, 0);

  function chooseLevel(criterion: MarkbandFormCriterion, level: number) {
    const band = criterion.levels[level - 1];
    setPlacings((prev) => ({ ...prev, [criterion.id]: { level, marks: band ? band.max : 0 } }));
  }

  function save(event: FormEvent) {
    event.preventDefault();
    const missing = criteria.find((c) => !placings[c.id]);
    if (missing) {
      setError(`Choose a level for ${criteria.length === 1 ? "your answer" : `criterion ${missing.id}`} first.`);
      return;
    }
    void saveMarks({ bands: criteria.map((c) => ({ criterion: c.id, ...placings[c.id]! })) });
  }

  return (
    <form onSubmit={save} className="space-y-5" aria-label={ariaLabel}>
      <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
        Marked against markbands: read the descriptors from the top, choose the level that fits your answer best, then a mark inside it.
      </p>
      {criteria.map((criterion) => {
        const placing = placings[criterion.id];
        const top = criterion.levels.at(-1)?.max ?? 0;
        const band = placing && placing.level > 0 ? criterion.levels[placing.level - 1] : undefined;
        return (
          <fieldset key={criterion.id} className="space-y-2">
            <legend className="font-semibold">
              {criteria.length > 1 ? `Criterion ${criterion.id}: ` : ""}
              {criterion.title} <span className="text-sm font-normal text-slate-600">({top} marks)</span>
            </legend>
            <ol className="space-y-2">
              {[...criterion.levels].reverse().map((level, i) => {
                const n = criterion.levels.length - i;
                return (
                  <li key={n}>
                    <label className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-200 bg-white p-3 has-checked:border-emerald-600 has-checked:bg-emerald-50">
                      <input
                        type="radio"
                        name={`level-${criterion.id}`}
                        checked={placing?.level === n}
                        onChange={() => chooseLevel(criterion, n)}
                        className="mt-1"
                      />
                      {/* Level beside its descriptor where there is room, above it on a phone. */}
                      <span className="flex min-w-0 flex-1 flex-col gap-1 sm:flex-row sm:gap-3">
                        <span className="shrink-0 font-semibold sm:w-24">
                          Level {n}
                          <span className="ml-2 text-xs font-normal text-slate-600 sm:ml-0 sm:block">{marksText(level.min, level.max)}</span>
                        </span>
                        <span className="min-w-0 flex-1 text-sm">{level.descriptor}</span>
                      </span>
                    </label>
                  </li>
                );
              })}
              <li>
                <label className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-200 bg-white p-3 has-checked:border-emerald-600 has-checked:bg-emerald-50">
                  <input
                    type="radio"
                    name={`level-${criterion.id}`}
                    checked={placing?.level === 0}
                    onChange={() => chooseLevel(criterion, 0)}
                    className="mt-1"
                  />
                  <span className="flex min-w-0 flex-1 flex-col gap-1 sm:flex-row sm:gap-3">
                    <span className="shrink-0 font-semibold sm:w-24">
                      Level 0<span className="ml-2 text-xs font-normal text-slate-600 sm:ml-0 sm:block">0 marks</span>
                    </span>
                    <span className="min-w-0 flex-1 text-sm">The answer does not reach the standard of level 1.</span>
                  </span>
                </label>
              </li>
            </ol>
            {band && band.min < band.max && (
              <label className="flex flex-wrap items-center gap-2 text-sm">
                <span className="font-medium">
                  Mark within level {placing!.level}
                  {criteria.length > 1 ? ` (criterion ${criterion.id})` : ""}
                </span>
                <select
                  value={placing!.marks}
                  onChange={(e) => setPlacings((prev) => ({ ...prev, [criterion.id]: { level: placing!.level, marks: Number(e.target.value) } }))}
                  className="rounded-md border border-slate-300 px-2 py-1"
                >
                  {Array.from({ length: band.max - band.min + 1 }, (_, k) => band.min + k).map((m) => (
                    <option key={m} value={m}>
                      {m}
                    </option>
                  ))}
                </select>
                <span className="text-slate-600">Top of the level if the answer fully meets it, lower if it only just does.</span>
              </label>
            )}
          </fieldset>
        );
      })}
      <p className="text-sm text-slate-700" aria-live="polite">
        {placed === criteria.length
          ? `Your mark: ${total} / ${maxMarks}`
          : criteria.length === 1
            ? "No level chosen yet"
            : `Levels chosen: ${placed} of ${criteria.length}`}
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
