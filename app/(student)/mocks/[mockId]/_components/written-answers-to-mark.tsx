import { RichText } from "@/app/_components/rich-text";
import { SelfMarkForm } from "@/app/_components/self-mark-form";
import { MarkbandForm } from "@/app/_components/markband-form";
import { IndicativeContent } from "@/app/_components/indicative-content";
import type { MockQuestionResult } from "@/lib/mocks/mock-result";
import { cardClass } from "@/app/_components/ui/card";
import { AiFeedback } from "@/app/_components/ai-feedback";

/**
 * The written answers of a submitted paper that the student has still to mark, each with its markscheme
 * as a checklist (nothing ticked: the automatic suggestion is only a hint), and the AI feedback as a
 * suggestion once it is ready (`aiFeedbackEnabled`: a model is configured, so it is on its way).
 * Rendered on the server, so the markscheme's maths is typeset before it reaches the client.
 */
export function WrittenAnswersToMark({ mockId, rows, aiFeedbackEnabled }: { mockId: string; rows: MockQuestionResult[]; aiFeedbackEnabled: boolean }) {
  if (!rows.length) return null;
  return (
    <section aria-labelledby="to-mark" className="mt-8">
      <h2 id="to-mark" className="text-xl font-semibold">
        Mark your written answers
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        Compare each answer with the markscheme and tick the points it makes (or, for an extended answer, choose its level on the markbands). Each one counts
        towards the total, the grade and your topic progress as soon as you save it.
      </p>
      <ol className="mt-4 space-y-6">
        {rows.map((row) => (
          <li key={row.questionId} className={cardClass("p-5")}>
            <h3 className="flex justify-between gap-4 font-semibold">
              <span>Question {row.number}</span>
              <span className="text-sm font-normal text-slate-600">
                [{row.maxMarks} {row.maxMarks === 1 ? "mark" : "marks"}]
              </span>
            </h3>
            {row.context && <RichText source={row.context} className="mt-2" />}
            <RichText source={row.stem} className="mt-2" />
            <div className="mt-4 rounded-md bg-slate-50 p-3 text-sm">
              <p className="font-medium text-slate-800">Your answer</p>
              {/* The student's own text is shown as typed, never interpreted as Markdown. */}
              <p className="mt-1 whitespace-pre-wrap break-words">{row.answer?.type === "WRITTEN" ? row.answer.text : ""}</p>
            </div>
            <div className="mt-4">
              <AiFeedback
                attemptId={row.attemptId}
                feedback={row.aiFeedback}
                enabled={aiFeedbackEnabled}
                awaiting
                headingId={`ai-feedback-${row.questionId}`}
              />
            </div>
            {row.correct.kind === "markbands" && (
              <div className="mt-4 space-y-4">
                <MarkbandForm
                  endpoint={`/api/v1/mocks/${mockId}/self-mark`}
                  body={{ questionId: row.questionId }}
                  maxMarks={row.maxMarks}
                  aria-label={`Marks for question ${row.number}`}
                  criteria={row.correct.criteria.map((c) => ({
                    ...c,
                    levels: c.levels.map((l) => ({ ...l, descriptor: <RichText source={l.descriptor} /> })),
                  }))}
                />
                <IndicativeContent points={row.correct.points} />
              </div>
            )}
            {row.correct.kind === "markscheme" && (
              <div className="mt-4">
                <SelfMarkForm
                  endpoint={`/api/v1/mocks/${mockId}/self-mark`}
                  body={{ questionId: row.questionId }}
                  maxMarks={row.maxMarks}
                  preTickSuggestions={false}
                  aria-label={`Marks for question ${row.number}`}
                  points={row.correct.points.map((p) => ({
                    label: p.label,
                    kind: p.kind,
                    marks: p.marks,
                    suggested: p.suggested,
                    text: <RichText source={p.text} />,
                  }))}
                />
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
