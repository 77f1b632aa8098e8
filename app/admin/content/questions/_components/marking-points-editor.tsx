"use client";

import { markingPointKinds } from "@/lib/questions/question-input";
import { newRowKey, type DraftPoint } from "./question-draft";

type Props = { points: DraftPoint[]; errors: Record<string, string>; onChange: (points: DraftPoint[]) => void };

const kindNames: Record<DraftPoint["kind"], string> = {
  M: "M (method)",
  A: "A (accuracy)",
  R: "R (reasoning)",
  B: "B (independent)",
  AG: "AG (answer given)",
  POINT: "Point (any N of)",
};
const input = "mt-1 block w-full rounded-md border border-slate-300 px-2 py-1 text-sm aria-[invalid=true]:border-red-600";

function Cell({ id, label, error, children, className = "" }: { id: string; label: string; error?: string; children: React.ReactNode; className?: string }) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      {children}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

/** The markscheme: one row per marking point, added, removed and reordered in place. */
export function MarkingPointsEditor({ points, errors, onChange }: Props) {
  const update = (index: number, patch: Partial<DraftPoint>) => onChange(points.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...points];
    [next[index], next[index + by]] = [next[index + by]!, next[index]!];
    onChange(next);
  };
  const add = () => {
    const kind = points.length ? "A" : "M";
    onChange([
      ...points,
      { rowKey: newRowKey(), label: `${kind}${points.filter((p) => p.kind === kind).length + 1}`, kind, marks: "1", text: "", dependsOn: "", keywords: "" },
    ]);
  };
  const total = points.reduce((sum, p) => sum + (Number(p.marks) || 0), 0);

  return (
    <fieldset className="rounded-md border border-slate-200 p-3" aria-describedby={errors.markingPoints ? "marking-points-error" : "marking-points-total"}>
      <legend className="px-1 text-sm font-semibold">Markscheme</legend>
      <p id="marking-points-total" className="text-xs text-slate-600">
        {points.length} {points.length === 1 ? "point" : "points"} worth {total} {total === 1 ? "mark" : "marks"}. A and R points usually depend on an M point
        above them.
      </p>
      <ol className="mt-2 space-y-3">
        {points.map((p, i) => {
          const id = (field: string) => `point-${i}-${field}`;
          const err = (field: string) => errors[`markingPoints.${i}.${field}`];
          const aria = (field: string) => ({
            "aria-invalid": err(field) ? true : undefined,
            "aria-describedby": err(field) ? `${id(field)}-error` : undefined,
          });
          return (
            <li key={p.rowKey}>
              <fieldset className="rounded-md bg-slate-50 p-2">
                <legend className="text-xs font-semibold text-slate-700">Marking point {i + 1}</legend>
                <div className="grid gap-2 sm:grid-cols-12">
                  <Cell id={id("label")} label="Label" error={err("label")} className="sm:col-span-2">
                    <input
                      id={id("label")}
                      name={`markingPoints.${i}.label`}
                      value={p.label}
                      onChange={(e) => update(i, { label: e.target.value })}
                      className={input}
                      {...aria("label")}
                    />
                  </Cell>
                  <Cell id={id("kind")} label="Kind" error={err("kind")} className="sm:col-span-3">
                    <select
                      id={id("kind")}
                      name={`markingPoints.${i}.kind`}
                      value={p.kind}
                      onChange={(e) => update(i, { kind: e.target.value as DraftPoint["kind"] })}
                      className={input}
                      {...aria("kind")}
                    >
                      {markingPointKinds.map((k) => (
                        <option key={k} value={k}>
                          {kindNames[k]}
                        </option>
                      ))}
                    </select>
                  </Cell>
                  <Cell id={id("marks")} label="Marks" error={err("marks")} className="sm:col-span-2">
                    <input
                      id={id("marks")}
                      name={`markingPoints.${i}.marks`}
                      type="number"
                      min={0}
                      max={10}
                      value={p.marks}
                      onChange={(e) => update(i, { marks: e.target.value })}
                      className={input}
                      {...aria("marks")}
                    />
                  </Cell>
                  <Cell id={id("dependsOn")} label="Depends on" error={err("dependsOn")} className="sm:col-span-2">
                    <input
                      id={id("dependsOn")}
                      name={`markingPoints.${i}.dependsOn`}
                      value={p.dependsOn}
                      placeholder="M1"
                      onChange={(e) => update(i, { dependsOn: e.target.value })}
                      className={input}
                      {...aria("dependsOn")}
                    />
                  </Cell>
                  <Cell id={id("keywords")} label="Keywords" error={err("keywords")} className="sm:col-span-3">
                    <input
                      id={id("keywords")}
                      name={`markingPoints.${i}.keywords`}
                      value={p.keywords}
                      placeholder="comma, separated"
                      onChange={(e) => update(i, { keywords: e.target.value })}
                      className={input}
                      {...aria("keywords")}
                    />
                  </Cell>
                  <Cell id={id("text")} label="Text" error={err("text")} className="sm:col-span-12">
                    <textarea
                      id={id("text")}
                      name={`markingPoints.${i}.text`}
                      rows={2}
                      value={p.text}
                      onChange={(e) => update(i, { text: e.target.value })}
                      className={`${input} font-mono`}
                      {...aria("text")}
                    />
                  </Cell>
                </div>
                <div className="mt-2 flex gap-3 text-sm">
                  <button
                    type="button"
                    disabled={i === 0}
                    onClick={() => move(i, -1)}
                    className="text-brand-700 hover:underline disabled:text-slate-400"
                    aria-label={`Move marking point ${i + 1} up`}
                  >
                    Up
                  </button>
                  <button
                    type="button"
                    disabled={i === points.length - 1}
                    onClick={() => move(i, 1)}
                    className="text-brand-700 hover:underline disabled:text-slate-400"
                    aria-label={`Move marking point ${i + 1} down`}
                  >
                    Down
                  </button>
                  <button
                    type="button"
                    onClick={() => onChange(points.filter((_, j) => j !== i))}
                    className="text-red-700 hover:underline"
                    aria-label={`Remove marking point ${i + 1}`}
                  >
                    Remove
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={add} className="mt-3 text-sm font-medium text-brand-700 hover:underline">
        Add marking point
      </button>
      {errors.markingPoints && (
        <p id="marking-points-error" className="mt-2 text-sm text-red-700">
          {errors.markingPoints}
        </p>
      )}
    </fieldset>
  );
}
