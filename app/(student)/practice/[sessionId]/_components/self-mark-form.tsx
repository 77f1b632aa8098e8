"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { useRouter } from "next/navigation";

type Point = { label: string; kind: string; marks: number; text: ReactNode; suggested: boolean };

/**
 * The markscheme of a written answer as a checklist, pre-ticked with the automatic suggestions. Only
 * the student's own ticks become marks; the server applies dependencies (an A mark needs its M mark).
 */
export function SelfMarkForm({ sessionId, attemptId, points, maxMarks }: { sessionId: string; attemptId: string; points: Point[]; maxMarks: number }) {
  const router = useRouter();
  const [ticked, setTicked] = useState(() => new Set(points.filter((p) => p.suggested).map((p) => p.label)));
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const total = Math.min(maxMarks, points.filter((p) => ticked.has(p.label)).reduce((s, p) => s + p.marks, 0));

  function toggle(label: string) {
    setTicked((prev) => {
      const next = new Set(prev);
      if (!next.delete(label)) next.add(label);
      return next;
    });
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setError(undefined);
    const res = await fetch(`/api/v1/practice/${sessionId}/self-mark`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ attemptId, labels: [...ticked] }),
    }).catch(() => null);
    if (!res?.ok) {
      const body = res ? ((await res.json().catch(() => null)) as { error?: { message?: string } } | null) : null;
      setError(body?.error?.message ?? "Your marks could not be saved. Check your connection and try again.");
      setSaving(false);
      return;
    }
    router.refresh();
  }

  return (
    <form onSubmit={save} className="space-y-4">
      <fieldset>
        <legend className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Suggested automatically — check each point against your answer
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
      <button type="submit" disabled={saving} className="rounded-md bg-brand-600 px-5 py-2.5 font-semibold text-white shadow-sm hover:bg-brand-700 disabled:opacity-60">
        {saving ? "Saving…" : "Save my marks"}
      </button>
    </form>
  );
}
