import type { ClassAnalytics } from "@/lib/class-analytics/class-analytics-types";

// The same bands as the student's own heat map; every cell also says its percentage: colour is never the only signal.
const bandClass = (mastery: number | null) =>
  mastery === null
    ? "bg-white text-slate-500"
    : mastery < 0.4
      ? "bg-red-100 text-red-900"
      : mastery < 0.7
        ? "bg-amber-100 text-amber-900"
        : "bg-emerald-100 text-emerald-900";

/**
 * Students as rows, syllabus topics as columns, mastery as colour and number. A plain table, so screen
 * readers announce each cell with its student and topic; it scrolls sideways on a phone with the names
 * kept in view.
 */
export function ClassHeatMap({ analytics }: { analytics: ClassAnalytics }) {
  const { members, topics, heatMap } = analytics;
  if (!members.length) return <p className="mt-2 text-slate-700">No students yet.</p>;
  if (!topics.length) return <p className="mt-2 text-slate-700">This course has no syllabus topics yet.</p>;
  return (
    <div
      role="region"
      aria-label="Mastery by student and topic"
      tabIndex={0}
      className="relative mt-3 overflow-x-auto focus-visible:outline-2 focus-visible:outline-brand-600"
    >
      <table className="border-collapse bg-white text-xs">
        <caption className="sr-only">Mastery by student (rows) and topic (columns), in percent; a dash means not practised yet</caption>
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 z-10 bg-white p-1.5 text-left font-medium text-slate-600">
              Student
            </th>
            {topics.map((t) => (
              <th key={t.code} scope="col" className="p-1.5 font-medium whitespace-nowrap text-slate-600">
                <abbr title={t.title} className="no-underline">
                  {t.code}
                </abbr>
                <span className="sr-only"> {t.title}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {members.map((m, r) => (
            <tr key={m.id} className="border-t border-slate-100">
              <th scope="row" className="sticky left-0 z-10 max-w-40 truncate bg-white p-1.5 text-left font-medium text-slate-800">
                {m.name ?? m.email}
              </th>
              {(heatMap[r] ?? []).map((mastery, c) => (
                <td key={topics[c]!.code} className={`min-w-10 p-1.5 text-center tabular-nums ${bandClass(mastery)}`}>
                  {mastery === null ? (
                    <>
                      <span aria-hidden="true">–</span>
                      <span className="sr-only">not practised</span>
                    </>
                  ) : (
                    Math.round(mastery * 100)
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
