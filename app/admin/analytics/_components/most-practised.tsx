import type { PlatformAnalytics } from "@/lib/analytics/platform-analytics-types";
import { DataTable } from "./data-table";
import { formatCount, formatShare } from "./format-figures";

/** The courses and topics with the most attempts in the last 30 days. */
export function MostPractised({ analytics }: { analytics: PlatformAnalytics }) {
  const { topCourses, topTopics } = analytics;
  return (
    <section aria-labelledby="most-practised" className="mt-10">
      <h2 id="most-practised" className="text-xl font-semibold">
        Most practised
      </h2>
      <p className="mt-1 text-sm text-slate-600">Over the last 30 days, whatever the window above.</p>
      {topCourses.length ? (
        <div className="mt-4 grid gap-6 lg:grid-cols-2">
          <div>
            <h3 className="text-sm font-semibold text-slate-700">Courses</h3>
            <DataTable
              caption="Most practised courses, last 30 days"
              headers={["Course", "Attempts", "Students", "Marks"]}
              numeric={[1, 2, 3]}
              rows={topCourses.map((c) => [c.name, formatCount(c.attempts30d), formatCount(c.activeStudents30d), formatShare(c.marksShare30d)])}
            />
          </div>
          <div>
            <h3 className="text-sm font-semibold text-slate-700">Topics</h3>
            <DataTable
              caption="Most practised topics, last 30 days"
              headers={["Topic", "Attempts", "Students", "Marks"]}
              numeric={[1, 2, 3]}
              rows={topTopics.map((t) => [
                <span key="topic">
                  {t.code} {t.title} <span className="text-slate-500">· {t.courseName}</span>
                </span>,
                formatCount(t.attempts30d),
                formatCount(t.activeStudents30d),
                formatShare(t.marksShare30d),
              ])}
            />
          </div>
        </div>
      ) : (
        <p className="mt-4 text-slate-700">No attempts in the last 30 days.</p>
      )}
    </section>
  );
}
