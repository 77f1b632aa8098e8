import type { PlatformAnalytics } from "@/lib/analytics/platform-analytics-types";
import { MIN_PUBLISHED_PER_TOPIC } from "@/lib/analytics/analytics-thresholds";
import { DataTable } from "./data-table";
import { formatCount } from "./format-figures";

/** Leaf topics with too few published questions to practise, per course and the first ones by name. */
export function CoverageGaps({ analytics }: { analytics: PlatformAnalytics }) {
  const { totalGapTopics, byCourse, topics } = analytics.coverageGaps;
  return (
    <section aria-labelledby="coverage-gaps" className="mt-10">
      <h2 id="coverage-gaps" className="text-xl font-semibold">
        Coverage gaps
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Topics (without subtopics) with fewer than {MIN_PUBLISHED_PER_TOPIC} published questions: {formatCount(totalGapTopics)} in {formatCount(byCourse.length)}{" "}
        {byCourse.length === 1 ? "course" : "courses"}.
      </p>
      {byCourse.length ? (
        <div className="mt-4 grid gap-6 lg:grid-cols-2">
          <div>
            <h3 className="text-sm font-semibold text-slate-700">By course</h3>
            <DataTable
              caption="Coverage gaps by course"
              headers={["Course", "Topics with gaps", "Published questions"]}
              numeric={[1, 2]}
              rows={byCourse.map((c) => [c.courseName, `${formatCount(c.gapTopics)} of ${formatCount(c.leafTopics)}`, formatCount(c.publishedQuestions)])}
            />
          </div>
          <div>
            <h3 className="text-sm font-semibold text-slate-700">Topics to fill first</h3>
            <p className="mt-1 text-xs text-slate-600">Courses that already have questions first; at most {topics.length} shown.</p>
            <DataTable
              caption="Topics with too few published questions"
              headers={["Topic", "Course", "Published"]}
              numeric={[2]}
              rows={topics.map((t) => [`${t.code} ${t.title}`, t.courseName, formatCount(t.publishedQuestions)])}
            />
          </div>
        </div>
      ) : (
        <p className="mt-4 text-slate-700">Every topic has at least {MIN_PUBLISHED_PER_TOPIC} published questions.</p>
      )}
    </section>
  );
}
