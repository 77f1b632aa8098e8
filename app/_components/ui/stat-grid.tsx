import { cardClass } from "@/app/_components/ui/card";
/** A row of headline figures as a description list (named by the heading before it). */
export function StatGrid({ stats }: { stats: { label: string; value: string | number }[] }) {
  return (
    <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
      {stats.map((s) => (
        <div key={s.label} className={cardClass("p-3")}>
          <dt className="text-xs font-medium text-slate-600">{s.label}</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums">{s.value}</dd>
        </div>
      ))}
    </dl>
  );
}
