import type { PlatformAnalytics } from "@/lib/analytics/platform-analytics-types";
import { LOW_SUCCESS_GAP, LOW_SUCCESS_MIN_ATTEMPTS } from "@/lib/analytics/analytics-thresholds";
import { ListTable, lowSuccessList } from "./analytics-lists";
import { SeeAllLink } from "./see-all-link";

const SHOWN = 8;

/** Questions students score far lower on than on the rest of their course: often a wrong key or an unclear stem. */
export function LowSuccessQuestions({ analytics }: { analytics: PlatformAnalytics }) {
  const questions = analytics.lowSuccessQuestions;
  return (
    <section aria-labelledby="low-success" className="mt-8">
      <h2 id="low-success" className="text-xl font-semibold">
        Low success questions
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        At least {LOW_SUCCESS_MIN_ATTEMPTS} marked attempts and a mean score {Math.round(LOW_SUCCESS_GAP * 100)} points or more below the course average. Worth
        checking the answer, the markscheme and the wording. The widest gaps first.
      </p>
      {questions.length ? (
        <>
          <ListTable spec={lowSuccessList} items={questions.slice(0, SHOWN)} />
          {questions.length > SHOWN && (
            <SeeAllLink list="low-success" days={analytics.days}>
              Every low success question
            </SeeAllLink>
          )}
        </>
      ) : (
        <p className="mt-4 text-slate-700">No question stands out: every question with enough attempts scores close to its course average.</p>
      )}
    </section>
  );
}
