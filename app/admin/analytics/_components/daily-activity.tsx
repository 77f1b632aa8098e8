import type { PlatformAnalytics } from "@/lib/analytics/platform-analytics-types";
import { SeeAllLink } from "./see-all-link";
import { TimeSeries } from "./time-series";
import { formatDay } from "./format-figures";

/** Sign-ups and answers per day over the window; the daily figures have their own paginated view. */
export function DailyActivity({ analytics }: { analytics: PlatformAnalytics }) {
  const { daily, days } = analytics;
  return (
    <section aria-labelledby="daily-activity" className="mt-8">
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
      <SeeAllLink list="daily" days={days}>
        Daily figures, all {daily.length} days
      </SeeAllLink>
    </section>
  );
}
