"use client";

import { newRowKey, type DraftCriterion, type DraftLevel } from "./question-draft";

type Props = { criteria: DraftCriterion[]; marks: string; errors: Record<string, string>; onChange: (criteria: DraftCriterion[]) => void };

const input = "mt-1 block w-full rounded-md border border-slate-300 px-2 py-1 text-sm aria-[invalid=true]:border-red-600";

/** Five levels of equal width when the marks allow it (2 each for 10, 3 for 15), else one level per mark up to five. */
function startingLevels(marks: number): DraftLevel[] {
  const count = marks % 5 === 0 ? 5 : Math.min(Math.max(marks, 1), 5);
  const width = Math.max(1, Math.floor(marks / count));
  return Array.from({ length: count }, (_, i) => ({
    rowKey: newRowKey(),
    min: String(i * width + 1),
    max: String(i === count - 1 ? Math.max(marks, (i + 1) * width) : (i + 1) * width),
    descriptor: "",
  }));
}

/**
 * Markbands for an extended answer: criteria, each a ladder of levels (mark range and descriptor). With
 * any criterion the question is marked against these, and the markscheme's points become indicative
 * content (POINT, 0 marks). Level 0 (0 marks) is implicit.
 */
export function MarkbandsEditor({ criteria, marks, errors, onChange }: Props) {
  const update = (i: number, patch: Partial<DraftCriterion>) => onChange(criteria.map((c, k) => (k === i ? { ...c, ...patch } : c)));
  const updateLevel = (i: number, j: number, patch: Partial<DraftLevel>) =>
    update(i, { levels: criteria[i]!.levels.map((l, k) => (k === j ? { ...l, ...patch } : l)) });
  const addCriterion = () =>
    onChange([
      ...criteria,
      {
        rowKey: newRowKey(),
        id: criteria.length ? String.fromCharCode(65 + criteria.length) : "1",
        title: "",
        levels: startingLevels(criteria.length ? 5 : Number(marks) || 5),
      },
    ]);
  const total = criteria.reduce((sum, c) => sum + (Number(c.levels.at(-1)?.max) || 0), 0);

  return (
    <fieldset className="rounded-md border border-slate-200 p-3" aria-describedby="markbands-help">
      <legend className="px-1 text-sm font-semibold">Markbands</legend>
      <p id="markbands-help" className="text-xs text-slate-600">
        {criteria.length
          ? `Marked against markbands: ${criteria.length} ${criteria.length === 1 ? "criterion" : "criteria"} worth ${total} marks. The markscheme's points are indicative content: make each a Point worth 0.`
          : "Optional. Add a criterion to mark this answer against levels of response (an essay, an extended response) instead of ticked points."}
      </p>
      {errors.markbands && <p className="mt-2 text-sm text-red-700">{errors.markbands}</p>}
      <ol className="mt-2 space-y-3">
        {criteria.map((c, i) => {
          const id = (field: string) => `criterion-${i}-${field}`;
          const err = (field: string) => errors[`markbands.${i}.${field}`];
          return (
            <li key={c.rowKey}>
              <fieldset className="rounded-md bg-slate-50 p-2">
                <legend className="text-xs font-semibold text-slate-700">Criterion {i + 1}</legend>
                <div className="grid gap-2 sm:grid-cols-12">
                  <div className="sm:col-span-2">
                    <label htmlFor={id("id")} className="block text-xs font-medium text-slate-700">
                      Criterion id
                    </label>
                    <input id={id("id")} name={`markbands.${i}.id`} value={c.id} onChange={(e) => update(i, { id: e.target.value })} className={input} />
                    {err("id") && <p className="mt-1 text-xs text-red-700">{err("id")}</p>}
                  </div>
                  <div className="sm:col-span-10">
                    <label htmlFor={id("title")} className="block text-xs font-medium text-slate-700">
                      Criterion name
                    </label>
                    <input
                      id={id("title")}
                      name={`markbands.${i}.title`}
                      value={c.title}
                      placeholder="Knowledge and understanding"
                      onChange={(e) => update(i, { title: e.target.value })}
                      className={input}
                    />
                    {err("title") && <p className="mt-1 text-xs text-red-700">{err("title")}</p>}
                  </div>
                </div>
                {err("levels") && <p className="mt-2 text-xs text-red-700">{err("levels")}</p>}
                <ol className="mt-2 space-y-2">
                  {c.levels.map((l, j) => {
                    const lid = (field: string) => `criterion-${i}-level-${j}-${field}`;
                    return (
                      <li key={l.rowKey} className="grid gap-2 sm:grid-cols-12">
                        <p className="text-xs font-semibold text-slate-700 sm:col-span-12">Level {j + 1}</p>
                        <div className="sm:col-span-2">
                          <label htmlFor={lid("min")} className="block text-xs font-medium text-slate-700">
                            From (marks)
                          </label>
                          <input
                            id={lid("min")}
                            name={`markbands.${i}.levels.${j}.min`}
                            type="number"
                            min={1}
                            max={30}
                            value={l.min}
                            onChange={(e) => updateLevel(i, j, { min: e.target.value })}
                            className={input}
                          />
                        </div>
                        <div className="sm:col-span-2">
                          <label htmlFor={lid("max")} className="block text-xs font-medium text-slate-700">
                            To (marks)
                          </label>
                          <input
                            id={lid("max")}
                            name={`markbands.${i}.levels.${j}.max`}
                            type="number"
                            min={1}
                            max={30}
                            value={l.max}
                            onChange={(e) => updateLevel(i, j, { max: e.target.value })}
                            className={input}
                          />
                        </div>
                        <div className="sm:col-span-8">
                          <label htmlFor={lid("descriptor")} className="block text-xs font-medium text-slate-700">
                            Descriptor
                          </label>
                          <textarea
                            id={lid("descriptor")}
                            name={`markbands.${i}.levels.${j}.descriptor`}
                            rows={2}
                            value={l.descriptor}
                            onChange={(e) => updateLevel(i, j, { descriptor: e.target.value })}
                            className={input}
                          />
                          {errors[`markbands.${i}.levels.${j}.descriptor`] && (
                            <p className="mt-1 text-xs text-red-700">{errors[`markbands.${i}.levels.${j}.descriptor`]}</p>
                          )}
                        </div>
                      </li>
                    );
                  })}
                </ol>
                <div className="mt-2 flex flex-wrap gap-3 text-sm">
                  <button
                    type="button"
                    onClick={() => {
                      const top = Number(c.levels.at(-1)?.max) || 0;
                      update(i, { levels: [...c.levels, { rowKey: newRowKey(), min: String(top + 1), max: String(top + 1), descriptor: "" }] });
                    }}
                    className="text-brand-700 hover:underline"
                  >
                    Add a level
                  </button>
                  <button
                    type="button"
                    disabled={c.levels.length <= 1}
                    onClick={() => update(i, { levels: c.levels.slice(0, -1) })}
                    className="text-brand-700 hover:underline disabled:text-slate-400"
                  >
                    Remove the top level
                  </button>
                  <button
                    type="button"
                    onClick={() => onChange(criteria.filter((_, k) => k !== i))}
                    className="text-red-700 hover:underline"
                    aria-label={`Remove criterion ${i + 1}`}
                  >
                    Remove criterion
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={addCriterion} className="mt-3 text-sm font-medium text-brand-700 hover:underline">
        Add a markband criterion
      </button>
    </fieldset>
  );
}
