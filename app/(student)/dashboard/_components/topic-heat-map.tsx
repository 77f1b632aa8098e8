import type { TopicCell } from "@/lib/dashboard/dashboard-types";

type Band = { label: string; cell: string; swatch: string };

// Colour follows mastery, but every cell also says its percentage in text: colour is never the only signal.
const bands = {
  none: { label: "Not started", cell: "border-slate-200 bg-white text-slate-600", swatch: "border-slate-300 bg-white" },
  low: { label: "Below 40%", cell: "border-red-200 bg-red-50 text-red-900", swatch: "border-red-300 bg-red-100" },
  mid: { label: "40–69%", cell: "border-amber-200 bg-amber-50 text-amber-900", swatch: "border-amber-300 bg-amber-100" },
  high: { label: "70% and above", cell: "border-emerald-200 bg-emerald-50 text-emerald-900", swatch: "border-emerald-300 bg-emerald-100" },
} satisfies Record<string, Band>;

const bandOf = (mastery: number | null): Band => (mastery === null ? bands.none : mastery < 0.4 ? bands.low : mastery < 0.7 ? bands.mid : bands.high);

/** Mastery per syllabus topic as a grid of cells with code, name and percentage, in syllabus order. */
export function TopicHeatMap({ topics, labelledBy }: { topics: TopicCell[]; labelledBy: string }) {
  if (!topics.length) return <p className="mt-2 text-sm text-slate-600">This course has no syllabus topics yet.</p>;
  return (
    <>
      {/* Names are on the cells themselves: a title tooltip alone never shows on a phone. */}
      <ul aria-labelledby={labelledBy} className="mt-2 grid grid-cols-[repeat(auto-fill,minmax(9rem,1fr))] gap-1">
        {topics.map((t) => {
          const percent = t.mastery === null ? null : Math.round(t.mastery * 100);
          return (
            <li
              key={t.code}
              title={`${t.code} ${t.title}`}
              className={`flex flex-col rounded border px-1.5 py-1 text-xs leading-tight ${bandOf(t.mastery).cell}`}
            >
              <span className="flex items-baseline justify-between gap-1">
                <span className="truncate font-semibold">{t.code}</span>
                {percent === null ? (
                  <span className="shrink-0">
                    <span aria-hidden="true">–</span>
                    <span className="sr-only">not started</span>
                  </span>
                ) : (
                  <span className="shrink-0 font-semibold">{percent}%</span>
                )}
              </span>
              <span className="mt-0.5 line-clamp-2 break-words">{t.title}</span>
            </li>
          );
        })}
      </ul>
      <ul aria-label="Colour key" className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
        {Object.values(bands).map((b) => (
          <li key={b.label} className="flex items-center gap-1.5">
            <span aria-hidden="true" className={`inline-block size-3 rounded-sm border ${b.swatch}`} />
            {b.label}
          </li>
        ))}
      </ul>
    </>
  );
}
