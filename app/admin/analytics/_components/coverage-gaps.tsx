import type { PlatformAnalytics } from "@/lib/analytics/platform-analytics-types";
import { MIN_PUBLISHED_PER_TOPIC } from "@/lib/analytics/analytics-thresholds";
import { gapCoursesList, gapTopicsList, ListTable } from "./analytics-lists";
import { SeeAllLink } from "./see-all-link";
import { formatCount } from "./format-figures";

const SHOWN = 10;

/** Leaf topics with too few published questions to practise: the courses with most content first, and the topics to fill first. */
export function CoverageGaps({ analytics }: { analytics: PlatformAnalytics }) {
  const { totalGapTopics, byCourse, topics } = analytics.coverageGaps;
  return (
    <section aria-labelledby="coverage-gaps" className="mt-8">
      <h2 id="coverage-gaps" className="text-xl font-semibold">
        Coverage gaps
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Topics (without subtopics) with fewer than {MIN_PUBLISHED_PER_TOPIC} published questions: {formatCount(totalGapTopics)} in{" "}
        {formatCount(byCourse.length)} {byCourse.length === 1 ? "course" : "courses"}.
      </p>
      {byCourse.length ? (
        <div className="mt-4 grid gap-6 lg:grid-cols-2">
          <div>
            <h3 className="text-sm font-semibold text-slate-700">By course</h3>
            <ListTable spec={gapCoursesList} items={byCourse.slice(0, SHOWN)} />
            {byCourse.length > SHOWN && (
              <SeeAllLink list="gap-courses" days={analytics.days}>
                All {formatCount(byCourse.length)} courses with gaps
              </SeeAllLink>
            )}
          </div>
          <div>
            <h3 className="text-sm font-semibold text-slate-700">Topics to fill first</h3>
            <p className="mt-1 text-xs text-slate-600">Courses that already have questions first.</p>
            <ListTable spec={gapTopicsList} items={topics.slice(0, SHOWN)} />
            {totalGapTopics > SHOWN && (
              <SeeAllLink list="gap-topics" days={analytics.days}>
                All {formatCount(totalGapTopics)} topics with gaps
              </SeeAllLink>
            )}
          </div>
        </div>
      ) : (
        <p className="mt-4 text-slate-700">Every topic has at least {MIN_PUBLISHED_PER_TOPIC} published questions.</p>
      )}
    </section>
  );
}
