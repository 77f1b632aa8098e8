/**
 * Predicted grades as horizontal bars drawn with CSS (no chart library to load), each with its count in
 * text, and the students without a prediction yet.
 */
export function GradeDistribution({ grades, notEnoughData }: { grades: number[]; notEnoughData: number }) {
  const most = Math.max(1, ...grades, notEnoughData);
  const rows = [...grades.map((count, i) => ({ label: `Grade ${i + 1}`, count })).reverse(), { label: "Not enough data", count: notEnoughData }];
  return (
    <ul className="mt-3 space-y-1 text-sm">
      {rows.map((row) => (
        <li key={row.label} className="grid grid-cols-[8.5rem_1fr_2.5rem] items-center gap-2">
          <span className="text-slate-700">{row.label}</span>
          <span aria-hidden="true" className="h-3 rounded-sm bg-brand-600" style={{ width: `${(100 * row.count) / most}%` }} />
          <span className="text-right tabular-nums">{row.count}</span>
        </li>
      ))}
    </ul>
  );
}
