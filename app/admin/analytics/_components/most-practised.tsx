import type { PlatformAnalytics } from "@/lib/analytics/platform-analytics-types";
import { coursesList, ListTable, topicsList } from "./analytics-lists";
import { SeeAllLink } from "./see-all-link";

/** The courses and topics with the most attempts in the last 30 days: the first ten of each. */
export function MostPractised({ analytics }: { analytics: PlatformAnalytics }) {
  const { topCourses, topTopics, days } = analytics;
  return (
    <section aria-labelledby="most-practised" className="mt-8">
      <h2 id="most-practised" className="text-xl font-semibold">
        Most practised
      </h2>
      <p className="mt-1 text-sm text-slate-600">Over the last 30 days, whatever the window above.</p>
      {topCourses.length ? (
        <div className="mt-4 grid gap-6 lg:grid-cols-2">
          <div>
            <h3 className="text-sm font-semibold text-slate-700">Courses</h3>
            <ListTable spec={coursesList} items={topCourses} />
            <SeeAllLink list="courses" days={days}>
              Every practised course
            </SeeAllLink>
          </div>
          <div>
            <h3 className="text-sm font-semibold text-slate-700">Topics</h3>
            <ListTable spec={topicsList} items={topTopics} />
            <SeeAllLink list="topics" days={days}>
              Every practised topic
            </SeeAllLink>
          </div>
        </div>
      ) : (
        <p className="mt-4 text-slate-700">No attempts in the last 30 days.</p>
      )}
    </section>
  );
}
