import type { RecentAttempt } from "@/lib/dashboard/dashboard-types";
import { cardClass } from "@/app/_components/ui/card";

/** The last ten answers, newest first, with their marks and when (in the student's time zone). */
export function RecentActivity({ items, timeZone }: { items: RecentAttempt[]; timeZone: string }) {
  const when = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone });
  return (
    <section aria-labelledby="recent-activity" className="mt-10">
      <h2 id="recent-activity" className="text-xl font-semibold">
        Recent activity
      </h2>
      {items.length ? (
        <ol className={cardClass("mt-4 divide-y divide-slate-200")}>
          {items.map((a) => (
            <li key={a.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-3 text-sm">
              <span className="min-w-0 break-words">
                <span className="font-medium">
                  {a.topicCode} {a.topicTitle}
                </span>{" "}
                <span className="text-slate-600">· {a.courseName}</span>
              </span>
              <span className="flex shrink-0 gap-3 text-slate-700">
                <span className="font-medium">{a.status === "MARKED" ? `${a.marksAwarded} / ${a.maxMarks}` : `awaiting marking (– / ${a.maxMarks})`}</span>
                <time dateTime={a.at} className="text-slate-600">
                  {when.format(new Date(a.at))}
                </time>
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-4 text-slate-700">Your answers will show here once you start practising.</p>
      )}
    </section>
  );
}
