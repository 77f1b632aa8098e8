import type { PlatformAnalytics } from "@/lib/analytics/platform-analytics-types";
import { DataTable } from "./data-table";
import { TimeSeries } from "./time-series";
import { formatCount, formatDay, formatShare } from "./format-figures";

/** Sign-ups and answers per day over the window, with the daily figures behind a disclosure. */
export function DailyActivity({ analytics }: { analytics: PlatformAnalytics }) {
  const { daily } = analytics;
  return (
    <section aria-labelledby="daily-activity" className="mt-10">
      <h2 id="daily-activity" className="text-xl font-semibold">
        Sign-ups and attempts
      </h2>
      <div className="mt-4 grid gap-6 md:grid-cols-2">
        <div>
          <h3 className="text-sm font-semibold text-slate-700">Sign-ups per day</h3>
          <TimeSeries kind="bar" name="Sign-ups" points={daily.map((d) => ({ label: formatDay(d.day), value: d.signups }))} />
        </div>
        <div>
          <h3 className="text-sm font-semibold text-slate-700">Attempts per day</h3>
          <TimeSeries kind="bar" name="Attempts" points={daily.map((d) => ({ label: formatDay(d.day), value: d.attempts }))} />
        </div>
      </div>
      <details className="mt-4">
        <summary className="cursor-pointer text-sm font-medium text-brand-700">Daily figures</summary>
        <DataTable
          caption="Sign-ups, active students, attempts and marks per day"
          headers={["Day", "Sign-ups", "Active students", "Attempts", "Marks"]}
          numeric={[1, 2, 3, 4]}
          rows={daily.toReversed().map((d) => [d.day, formatCount(d.signups), formatCount(d.activeStudents), formatCount(d.attempts), formatShare(d.marksShare)])}
        />
      </details>
    </section>
  );
}
