import Link from "next/link";
import type { AnalyticsTab } from "@/lib/analytics/analytics-page-query";

const TAB_LABELS: Record<AnalyticsTab, string> = { activity: "Activity", questions: "Questions", coverage: "Coverage" };

/** The page's sections as plain links (server-rendered, no script): the current one is marked for screen readers too. */
export function AnalyticsTabLinks({ current, days, onList }: { current: AnalyticsTab; days: number; onList: boolean }) {
  return (
    <nav aria-label="Analytics sections" className="mt-6 border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-x-1 text-sm">
        {(Object.keys(TAB_LABELS) as AnalyticsTab[]).map((tab) => {
          const here = tab === current;
          return (
            <li key={tab}>
              <Link
                href={{ pathname: "/admin/analytics", query: { days, tab } }}
                aria-current={here && !onList ? "page" : here ? "true" : undefined}
                className={`inline-block border-b-2 px-3 py-2 font-medium ${here ? "border-brand-600 text-brand-800" : "border-transparent text-slate-700 hover:border-slate-400"}`}
              >
                {TAB_LABELS[tab]}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
