import type { PlatformAnalytics } from "@/lib/analytics/platform-analytics-types";
import { DataTable } from "./data-table";
import { StatGrid } from "./stat-grid";
import { TimeSeries } from "./time-series";
import { formatCount, formatDay, formatMonth } from "./format-figures";

const inProgress = (partial: boolean) => (partial ? " (so far)" : "");

/** Distinct students with an attempt or a flashcard review: per day, ISO week and month, rolling 7/30 days. */
export function ActiveStudents({ analytics }: { analytics: PlatformAnalytics }) {
  const { active, daily, totals, days } = analytics;
  return (
    <section aria-labelledby="active-students" className="mt-10">
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
          <h3 className="text-sm font-semibold text-slate-700">Per week</h3>
          <DataTable
            caption="Active students per week"
            headers={["Week of", "Students"]}
            numeric={[1]}
            rows={active.weekly.toReversed().map((w) => [`${formatDay(w.periodStart)}${inProgress(w.partial)}`, formatCount(w.activeStudents)])}
          />
        </div>
        <div>
          <h3 className="text-sm font-semibold text-slate-700">Per month</h3>
          <DataTable
            caption="Active students per month"
            headers={["Month", "Students"]}
            numeric={[1]}
            rows={active.monthly.toReversed().map((m) => [`${formatMonth(m.periodStart)}${inProgress(m.partial)}`, formatCount(m.activeStudents)])}
          />
        </div>
      </div>
    </section>
  );
}
