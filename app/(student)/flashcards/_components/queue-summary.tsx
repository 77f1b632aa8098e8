import type { ReviewQueue } from "@/lib/flashcards/review-queue";
import { cardClass } from "@/app/_components/ui/card";

/** Today's numbers, in the student's own day. */
export function QueueSummary({ counts }: { counts: ReviewQueue["counts"] }) {
  const stats = [
    ["Due today", counts.dueToday],
    ["Overdue", counts.overdue],
    ["New", counts.new],
    ["Mistakes", counts.mistakes],
  ] as const;
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {stats.map(([label, value]) => (
        <div key={label} className={cardClass("px-4 py-3")}>
          <dt className="text-sm text-slate-600">{label}</dt>
          <dd className="text-2xl font-semibold tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
