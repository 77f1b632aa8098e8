import type { PlatformAnalytics } from "@/lib/analytics/platform-analytics-types";
import { LOW_SUCCESS_GAP, LOW_SUCCESS_MIN_ATTEMPTS } from "@/lib/analytics/analytics-thresholds";
import { DataTable } from "./data-table";
import { formatCount, formatShare } from "./format-figures";

/** Questions students score far lower on than on the rest of their course: often a wrong key or an unclear stem. */
export function LowSuccessQuestions({ analytics }: { analytics: PlatformAnalytics }) {
  const questions = analytics.lowSuccessQuestions;
  return (
    <section aria-labelledby="low-success" className="mt-10">
      <h2 id="low-success" className="text-xl font-semibold">
        Low success questions
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        At least {LOW_SUCCESS_MIN_ATTEMPTS} marked attempts and a mean score {Math.round(LOW_SUCCESS_GAP * 100)} points or more below the course average. Worth checking
        the answer, the markscheme and the wording.
      </p>
      {questions.length ? (
        <DataTable
          caption="Questions with unusually low success"
          headers={["Question", "Topic", "Attempts", "Mean score", "Course mean"]}
          numeric={[2, 3, 4]}
          rows={questions.map((q) => [
            <div key="q" className="max-w-md">
              <div className="font-mono text-xs text-slate-600">
                {q.key}
                {q.status !== "PUBLISHED" && <span className="ml-2 rounded bg-slate-100 px-1">{q.status.toLowerCase()}</span>}
              </div>
              <div className="line-clamp-2">{q.stemPreview}</div>
            </div>,
            <span key="t">
              {q.topicCode} {q.topicTitle} <span className="text-slate-500">· {q.courseName}</span>
            </span>,
            formatCount(q.attempts),
            formatShare(q.meanShare),
            formatShare(q.courseMeanShare),
          ])}
        />
      ) : (
        <p className="mt-4 text-slate-700">No question stands out: every question with enough attempts scores close to its course average.</p>
      )}
    </section>
  );
}
