import Link from "next/link";
import type { PracticeState } from "@/lib/practice/get-practice-state";
import { buttonClass } from "@/app/_components/ui/button";
import { cardClass } from "@/app/_components/ui/card";

/** The end of a set: the score of each question and the total. */
export function PracticeSummary({ state }: { state: PracticeState }) {
  const answered = state.results.filter((r) => r.status !== "UNANSWERED");
  const marked = answered.filter((r) => r.status === "MARKED");
  const awaiting = answered.filter((r) => r.status === "AWAITING_MARKING");
  const scored = marked.reduce((s, r) => s + r.marksAwarded, 0);
  const available = state.results.reduce((s, r) => s + (r.maxMarks ?? 0), 0);

  return (
    <section aria-labelledby="summary-heading" className="mt-6">
      <h2 id="summary-heading" className="text-2xl font-semibold">
        {state.session.status === "COMPLETED" ? "Set complete" : "Set closed"}
      </h2>
      <p className="mt-2 text-lg">
        Total:{" "}
        <strong>
          {scored} / {available} marks
        </strong>
        {awaiting.length > 0 && (
          <span className="text-slate-700">
            {" "}
            ({awaiting.length} written {awaiting.length === 1 ? "answer" : "answers"} still to mark)
          </span>
        )}
      </p>
      <ol className={cardClass("mt-4 divide-y divide-slate-200")}>
        {state.results.map((r) => (
          <li key={r.questionId} className="flex flex-wrap items-center justify-between gap-3 p-3">
            <span>
              <span className="font-medium">Question {r.index + 1}</span>
              {r.topic && <span className="ml-2 text-sm text-slate-600">{r.topic}</span>}
              {r.markedByTeacher && (
                <span className="ml-2 inline-block rounded bg-indigo-50 px-1.5 py-0.5 text-xs font-medium whitespace-nowrap text-indigo-800">
                  marked by your teacher
                </span>
              )}
            </span>
            <span className="flex items-center gap-3">
              <span className="font-semibold">
                {r.status === "MARKED" ? `${r.marksAwarded} / ${r.maxMarks}` : r.status === "AWAITING_MARKING" ? "Not marked yet" : "Not answered"}
              </span>
              {r.status !== "UNANSWERED" && (
                <Link href={`/practice/${state.session.id}?q=${r.index}`} className="text-sm text-brand-700 hover:underline">
                  {r.status === "AWAITING_MARKING" ? "Mark it" : "Review"}
                  <span className="sr-only"> question {r.index + 1}</span>
                </Link>
              )}
            </span>
          </li>
        ))}
      </ol>
      <Link href="/practice" className={buttonClass({ size: "lg", className: "mt-6" })}>
        Start another set
      </Link>
    </section>
  );
}
