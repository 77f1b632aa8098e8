import Form from "next/form";
import type { ReactNode } from "react";
import { RichText } from "@/app/_components/rich-text";
import type { AnsweredView } from "@/lib/practice/answered-view";
import type { PracticeQuestion } from "@/lib/practice/practice-question";
import { FocusOnMount } from "@/app/(student)/practice/[sessionId]/_components/focus-on-mount";
import { LazyMarkbandForm, LazySelfMarkForm } from "@/app/_components/lazy-marking-forms";
import { TeacherMarkingNote } from "@/app/_components/teacher-marking-note";
import { MarkbandsView } from "@/app/_components/markbands-view";
import { IndicativeContent } from "@/app/_components/indicative-content";
import { AiFeedback } from "@/app/_components/ai-feedback";
import { buttonClass } from "@/app/_components/ui/button";
import { cardClass } from "@/app/_components/ui/card";

const marksText = (n: number) => (n === 1 ? "mark" : "marks");

/**
 * The result of an answered question, rendered on the server (KaTeX never reaches the client).
 * `aiFeedbackEnabled`: a model is configured, so missing feedback on a written answer is on its way
 * (and appears without a reload when ready).
 * `selfMarkEndpoint`: where a written answer's ticked points go. `children`: what to do next (buttons).
 */
export function AnsweredPanel({
  question,
  answered,
  aiFeedbackEnabled,
  selfMarkEndpoint,
  children,
}: {
  question: PracticeQuestion;
  answered: AnsweredView;
  aiFeedbackEnabled: boolean;
  selfMarkEndpoint: string;
  children: ReactNode;
}) {
  const awaiting = answered.status === "AWAITING_MARKING";
  const suggested = Math.min(
    answered.maxMarks,
    answered.pointAwards.filter((p) => p.suggested).reduce((s, p) => s + p.marks, 0),
  );
  const awardByLabel = new Map(answered.pointAwards.map((p) => [p.label, p]));
  const correctOption = question.options?.find((o) => o.id === answered.correctOptionId);
  const chosenOption = answered.answer.type === "MCQ" ? question.options?.find((o) => o.id === (answered.answer as { optionId: string }).optionId) : undefined;
  const full = !awaiting && answered.marksAwarded >= answered.maxMarks;

  return (
    <div className="mt-6 space-y-6">
      <FocusOnMount key={answered.status} targetId="result-heading" />
      <section
        aria-labelledby="result-heading"
        className={`rounded-lg border p-4 ${awaiting ? "border-amber-200 bg-amber-50" : full ? "border-emerald-200 bg-emerald-50" : "border-red-200 bg-red-50"}`}
      >
        <h2 id="result-heading" tabIndex={-1} className="text-lg font-semibold focus:outline-none">
          {awaiting ? "Mark your answer" : full ? "Correct" : answered.marksAwarded > 0 ? "Partly correct" : "Not correct"}
        </h2>
        <p className="mt-1 text-2xl font-bold">
          {awaiting
            ? answered.markbands
              ? `Out of ${answered.maxMarks}`
              : `Suggested: ${suggested} / ${answered.maxMarks}`
            : `${answered.marksAwarded} / ${answered.maxMarks}`}{" "}
          {marksText(answered.maxMarks)}
        </p>
        {answered.feedback && <p className="mt-1 text-slate-800">{answered.feedback}</p>}
        {answered.teacherMarking && (
          <TeacherMarkingNote marksAwarded={answered.marksAwarded} maxMarks={answered.maxMarks} comment={answered.teacherMarking.comment} />
        )}
        <div className="mt-3 text-sm text-slate-800">
          <p className="font-medium">Your answer</p>
          {answered.answer.type === "MCQ" ? (
            <p>
              {answered.answer.optionId}
              {chosenOption && <RichText source={chosenOption.text} inline className="ml-2" />}
            </p>
          ) : answered.answer.type === "NUMERIC" ? (
            <p>{answered.answer.value}</p>
          ) : (
            <p className="whitespace-pre-wrap">{answered.answer.text}</p>
          )}
        </div>
        {(correctOption || answered.numericAnswer) && (
          <div className="mt-3 text-sm text-slate-800">
            <p className="font-medium">Correct answer</p>
            {correctOption ? (
              <p>
                {correctOption.id}
                <RichText source={correctOption.text} inline className="ml-2" />
              </p>
            ) : (
              <p>{answered.numericAnswer!.text}</p>
            )}
          </div>
        )}
      </section>

      <section aria-labelledby="markscheme-heading">
        <h2 id="markscheme-heading" className="text-lg font-semibold">
          Markscheme
        </h2>
        <div className="mt-3 space-y-4">
          {answered.markbands ? (
            <>
              {awaiting ? (
                <LazyMarkbandForm
                  endpoint={selfMarkEndpoint}
                  body={{ attemptId: answered.attemptId }}
                  maxMarks={answered.maxMarks}
                  criteria={answered.markbands.map((c) => ({
                    ...c,
                    levels: c.levels.map((l) => ({ ...l, descriptor: <RichText source={l.descriptor} /> })),
                  }))}
                />
              ) : (
                <MarkbandsView criteria={answered.markbands} awards={answered.bandAwards} />
              )}
              <IndicativeContent points={answered.markingPoints} />
            </>
          ) : awaiting ? (
            <LazySelfMarkForm
              endpoint={selfMarkEndpoint}
              body={{ attemptId: answered.attemptId }}
              preTickSuggestions
              maxMarks={answered.maxMarks}
              points={answered.markingPoints.map((p) => ({
                label: p.label,
                kind: p.kind,
                marks: p.marks,
                suggested: Boolean(awardByLabel.get(p.label)?.suggested),
                text: <RichText source={p.text} />,
              }))}
            />
          ) : (
            <ul className="space-y-2">
              {answered.markingPoints.map((p) => {
                const award = awardByLabel.get(p.label);
                return (
                  // On a phone the point's text takes the whole width below its label and outcome.
                  <li
                    key={p.label}
                    className="grid grid-cols-[auto_1fr] items-start gap-x-3 gap-y-1 rounded-md border border-slate-200 bg-white p-3 sm:grid-cols-[auto_1fr_auto]"
                  >
                    <span className="shrink-0 font-semibold">
                      {p.label}{" "}
                      <span className="text-xs font-normal text-slate-600">
                        ({p.marks} {marksText(p.marks)})
                      </span>
                    </span>
                    {award && (
                      <span className={`justify-self-end text-sm font-medium sm:order-last ${award.awarded ? "text-emerald-700" : "text-slate-500"}`}>
                        {award.awarded ? "Awarded" : "Not awarded"}
                      </span>
                    )}
                    <RichText source={p.text} className={`min-w-0 sm:col-span-1 ${award ? "col-span-2" : ""}`} />
                  </li>
                );
              })}
            </ul>
          )}
          {answered.answer.type === "WRITTEN" && (
            <AiFeedback attemptId={answered.attemptId} feedback={answered.aiFeedback} enabled={aiFeedbackEnabled} awaiting={awaiting} />
          )}
        </div>
      </section>

      <section aria-labelledby="solution-heading">
        <h2 id="solution-heading" className="text-lg font-semibold">
          Worked solution
        </h2>
        <RichText source={answered.workedSolution} className={cardClass("mt-3 p-4")} />
      </section>

      <div className="flex flex-wrap items-center gap-3">{children}</div>
    </div>
  );
}

/** The player's way on: the set's next question, or its results after the last. */
export function NextQuestionButton({ sessionId, isLast }: { sessionId: string; isLast: boolean }) {
  return (
    <Form action={`/practice/${sessionId}`}>
      <button type="submit" className={buttonClass({ size: "lg" })}>
        {/* The last one keeps the words "Next question" so the control is found by the same name throughout. */}
        {isLast ? "Next question: see your results" : "Next question"}
      </button>
    </Form>
  );
}
