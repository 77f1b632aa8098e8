import type { StoredFeedback, UnavailableReason } from "@/lib/feedback/written-feedback-schema";

const reasonText: Record<UnavailableReason, string> = {
  not_configured: "it is not set up on this site",
  timeout: "the model took too long to answer",
  invalid_output: "the model's reply could not be used",
  error: "the model could not be reached",
};

/**
 * The language model's per-point feedback on a written answer, shown as a suggestion next to the
 * student's own marking (which alone decides the marks). Before marking, a missing or failed feedback
 * gets one quiet line; after marking, only finished feedback is worth the space. Pure, so both the server
 * and the poller (live-ai-feedback.tsx) render it.
 */
export function AiFeedbackNote({
  feedback,
  enabled,
  awaiting,
  headingId = "ai-feedback-heading",
}: {
  feedback: StoredFeedback | null;
  enabled: boolean;
  awaiting: boolean;
  /** Unique per page: a mock result shows several. */
  headingId?: string;
}) {
  if (feedback?.status === "ready") {
    return (
      <aside aria-labelledby={headingId} className="rounded-lg border border-sky-200 bg-sky-50 p-4">
        <h3 id={headingId} className="font-semibold">
          AI feedback <span className="font-normal text-slate-600">(suggestion)</span>
        </h3>
        <p className="mt-1 text-sm text-slate-700">Suggested by a language model, which can be wrong: only your own marking counts.</p>
        {feedback.summary && <p className="mt-3 text-slate-800">{feedback.summary}</p>}
        <ul className="mt-3 space-y-2">
          {feedback.bands?.map((b) => (
            <li key={b.criterion} className="rounded-md border border-sky-100 bg-white p-3 text-sm">
              <p>
                <span className="font-semibold">{feedback.bands!.length > 1 ? `Criterion ${b.criterion}` : "Your answer"}</span>{" "}
                <span className="text-slate-700">
                  suggested: level {b.level}, {b.marks} {b.marks === 1 ? "mark" : "marks"}
                </span>
              </p>
              {b.reason && <p className="mt-1 text-slate-800">{b.reason}</p>}
            </li>
          ))}
          {feedback.points.map((p) => (
            <li key={p.label} className="rounded-md border border-sky-100 bg-white p-3 text-sm">
              <p>
                <span className="font-semibold">{p.label}</span>{" "}
                <span className={p.awarded ? "text-emerald-700" : "text-slate-600"}>suggested: {p.awarded ? "awarded" : "not awarded"}</span>
              </p>
              {p.comment && <p className="mt-1 text-slate-800">{p.comment}</p>}
            </li>
          ))}
        </ul>
      </aside>
    );
  }
  if (!awaiting) return null;
  if (feedback?.status === "unavailable") {
    return <p className="text-sm text-slate-600">AI feedback isn&apos;t available: {reasonText[feedback.reason]}; use the markscheme suggestion.</p>;
  }
  if (enabled) {
    return (
      <p role="status" className="text-sm text-slate-600">
        AI feedback is being prepared: it appears here when it is ready.
      </p>
    );
  }
  return null;
}
