import type { PlatformAnalytics } from "@/lib/analytics/platform-analytics-types";
import { ListTable, monthsList, weeksList } from "./analytics-lists";
import { SeeAllLink } from "./see-all-link";
import { StatGrid } from "@/app/_components/ui/stat-grid";
import { TimeSeries } from "./time-series";
import { formatCount, formatDay } from "./format-figures";

const WEEKS_SHOWN = 6;
const MONTHS_SHOWN = 6;

/** Distinct students with an attempt or a flashcard review: per day, ISO week and month, rolling 7/30 days. */
export function ActiveStudents({ analytics }: { analytics: PlatformAnalytics }) {
  const { active, daily, totals, days } = analytics;
  const weeks = active.weekly.toReversed();
  const months = active.monthly.toReversed();
  return (
    <section aria-labelledby="active-students" className="mt-8">
      <h2 id="active-students" className="text-xl font-semibold">
        Active students
      </h2>
      <p className="mt-1 text-sm text-slate-600">Students with at least one answer or flashcard review. Weeks start on Monday; days are UTC.</p>
      <StatGrid
        stats={[
          { label: "Today (so far)", value: formatCount(active.today) },
          { label: "Last 7 days (WAU)", value: formatCount(active.last7Days) },
          { label: "Last 30 days (MAU)", value: formatCount(active.last30Days) },
          { label: `Daily average, ${days} days`, value: formatCount(totals.averageDailyActive) },
        ]}
      />
      <h3 className="mt-6 text-sm font-semibold text-slate-700">Daily active students</h3>
      <TimeSeries kind="line" name="Active students" points={daily.map((d) => ({ label: formatDay(d.day), value: d.activeStudents }))} />
      <div className="mt-4 grid gap-6 md:grid-cols-2">
        <div>
          <h3 className="text-sm font-semibold text-slate-700">Per week{weeks.length > WEEKS_SHOWN && `, the last ${WEEKS_SHOWN}`}</h3>
          <ListTable spec={weeksList} items={weeks.slice(0, WEEKS_SHOWN)} />
          {weeks.length > WEEKS_SHOWN && (
            <SeeAllLink list="weeks" days={days}>
              All {weeks.length} weeks
            </SeeAllLink>
          )}
        </div>
        <div>
          <h3 className="text-sm font-semibold text-slate-700">Per month{months.length > MONTHS_SHOWN && `, the last ${MONTHS_SHOWN}`}</h3>
          <ListTable spec={monthsList} items={months.slice(0, MONTHS_SHOWN)} />
          {months.length > MONTHS_SHOWN && (
            <SeeAllLink list="months" days={days}>
              All {months.length} months
            </SeeAllLink>
          )}
        </div>
      </div>
    </section>
  );
}
