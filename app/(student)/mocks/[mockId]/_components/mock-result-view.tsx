import Link from "next/link";
import { RichText } from "@/app/_components/rich-text";
import type { MockExamState } from "@/lib/mocks/mock-exam-state";
import type { CorrectAnswer, MockQuestionResult } from "@/lib/mocks/mock-result";
import { WrittenAnswersToMark } from "./written-answers-to-mark";
import { MarkbandsView } from "@/app/_components/markbands-view";
import { IndicativeContent } from "@/app/_components/indicative-content";
import { cardClass } from "@/app/_components/ui/card";
import { TeacherMarkingNote } from "@/app/_components/teacher-marking-note";
import { AiFeedbackNote } from "@/app/_components/ai-feedback-note";
import { TutorLauncher } from "@/app/_components/tutor/tutor-launcher";
import { TUTOR_MESSAGE_MAX_CHARS } from "@/lib/tutor/tutor-input";

type Completed = Extract<MockExamState, { status: "COMPLETED" }>;

function GivenAnswer({ row }: { row: MockQuestionResult }) {
  const a = row.answer;
  if (!a) return <span className="text-slate-500">No answer</span>;
  if (a.type === "MCQ") {
    const option = row.options?.find((o) => o.id === a.optionId);
    return (
      <span>
        <span className="font-semibold">{a.optionId}</span> {option && <RichText inline source={option.text} />}
      </span>
    );
  }
  // The student's own text is shown as typed, never interpreted as Markdown.
  return <span className="whitespace-pre-wrap break-words">{a.type === "NUMERIC" ? a.value : a.text}</span>;
}

function Correct({ correct }: { correct: CorrectAnswer }) {
  if (correct.kind === "option") {
    return (
      <span>
        <span className="font-semibold">{correct.optionId}</span> <RichText inline source={correct.text} />
      </span>
    );
  }
  if (correct.kind === "numeric") return <span>{correct.text}</span>;
  if (correct.kind === "markbands") {
    // The whole ladder is long: the table shows where the answer was placed, the bands one click away.
    const awardOf = new Map((correct.awards ?? []).map((a) => [a.criterion, a]));
    return (
      <div className="space-y-2">
        {correct.criteria.map((c) => {
          const award = awardOf.get(c.id);
          const top = c.levels.at(-1)?.max ?? 0;
          return (
            <p key={c.id}>
              {correct.criteria.length > 1 && <span className="font-semibold">Criterion {c.id}: </span>}
              {award ? `Placed at level ${award.level}: ${award.marks} of ${top} marks` : `Marked against ${c.levels.length} markbands`}
            </p>
          );
        })}
        <details>
          <summary className="cursor-pointer text-brand-700">Markbands and indicative content</summary>
          <div className="mt-2 space-y-3">
            <MarkbandsView criteria={correct.criteria} awards={correct.awards} />
            <IndicativeContent points={correct.points} />
          </div>
        </details>
      </div>
    );
  }
  return (
    <ul className="space-y-1">
      {correct.points.map((p) => (
        <li key={p.label} className="flex gap-2">
          <span className="shrink-0 font-mono text-xs text-slate-600">
            {p.label}
            {p.marks ? ` (${p.marks})` : ""}
          </span>
          <RichText source={p.text} className="min-w-0" />
          {p.awarded !== null && (
            <span className={`ml-auto shrink-0 text-xs font-medium ${p.awarded ? "text-emerald-700" : "text-slate-500"}`}>
              {p.awarded ? "Awarded" : "Not awarded"}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

const cell = "border-b border-slate-200 px-3 py-2 align-top";

/** `aiFeedbackEnabled`: a model is configured, so written answers' AI feedback is on its way. */
/** `tutorEnabled`: the tutor exists (tutorAvailable()), so each marked answer offers it. */
export function MockResultView({ state, aiFeedbackEnabled, tutorEnabled = false }: { state: Completed; aiFeedbackEnabled: boolean; tutorEnabled?: boolean }) {
  const r = state.result;
  return (
    <>
      <p className="text-sm text-slate-600">
        {state.course.name} · {state.paper.name}
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">Result</h1>
      <section aria-label="Summary" className={cardClass("mt-6 flex flex-wrap items-baseline gap-x-10 gap-y-2 p-6")}>
        <p className="text-4xl font-bold text-brand-700">{r.grade !== null ? `Grade ${r.grade}${r.awaitingMarking ? " so far" : ""}` : "No grade"}</p>
        <p className="text-2xl font-semibold">
          {r.marksAwarded} / {r.totalMarks} <span className="text-base font-normal text-slate-600">marks ({r.percentage}%)</span>
        </p>
        <div className="basis-full space-y-1 text-sm text-slate-700">
          <p>
            {r.boundarySession
              ? `Graded on the ${r.boundarySession} boundaries, which are illustrative. IB boundaries apply to the whole subject, so a single paper's grade is an indication.`
              : "This course has no grade boundaries yet, so the paper has marks but no grade."}
          </p>
          {r.timedOut && <p>The paper was submitted automatically when time ran out.</p>}
          {r.awaitingMarking > 0 && (
            <p className="font-medium text-amber-900">
              {r.awaitingMarking === 1 ? "1 written answer is" : `${r.awaitingMarking} written answers are`} waiting for you to mark{" "}
              {r.awaitingMarking === 1 ? "it" : "them"} against the markscheme: until then {r.awaitingMarking === 1 ? "it counts" : "they count"} 0 marks.{" "}
              <a href="#to-mark" className="text-brand-700 underline">
                Go to marking
              </a>
            </p>
          )}
        </div>
      </section>

      <WrittenAnswersToMark mockId={state.id} rows={r.questions.filter((q) => q.outcome === "AWAITING_MARKING")} aiFeedbackEnabled={aiFeedbackEnabled} />

      <section aria-labelledby="by-topic" className="mt-8">
        <h2 id="by-topic" className="text-xl font-semibold">
          By topic
        </h2>
        <div className={cardClass("mt-3 overflow-x-auto")}>
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className={cell}>
                  Topic
                </th>
                <th scope="col" className={cell}>
                  Marks
                </th>
              </tr>
            </thead>
            <tbody>
              {r.topics.map((t) => (
                <tr key={t.code}>
                  <th scope="row" className={`${cell} font-normal`}>
                    {t.code} {t.title}
                  </th>
                  <td className={`${cell} tabular-nums`}>
                    {t.marksAwarded} / {t.marksAvailable}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="by-question" className="mt-8">
        <h2 id="by-question" className="text-xl font-semibold">
          By question
        </h2>
        {/* A card per question, not a table: answers, feedback and the tutor get the full width on a phone. */}
        <ol className="mt-3 space-y-3">
          {r.questions.map((row) => (
            <li key={row.questionId} className={cardClass("p-4 text-sm")}>
              <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                <h3 className="text-base font-semibold">Question {row.number}</h3>
                {row.topic && <p className="text-xs text-slate-600">Topic {row.topic.code}</p>}
              </div>
              <details className="mt-1">
                <summary className="cursor-pointer text-brand-700">Show question</summary>
                {row.context && <RichText source={row.context} className="mt-2" />}
                <RichText source={row.stem} className="mt-2" />
              </details>
              <dl className="mt-3 grid gap-3 sm:grid-cols-[1fr_1fr_auto]">
                <div className="min-w-0">
                  <dt className="text-xs font-semibold tracking-wide text-slate-600 uppercase">Your answer</dt>
                  <dd className="mt-1">
                    <GivenAnswer row={row} />
                    {row.teacherMarking && <TeacherMarkingNote marksAwarded={row.marksAwarded} maxMarks={row.maxMarks} comment={row.teacherMarking.comment} />}
                  </dd>
                </div>
                <div className="min-w-0">
                  <dt className="text-xs font-semibold tracking-wide text-slate-600 uppercase">Correct answer</dt>
                  <dd className="mt-1">
                    <Correct correct={row.correct} />
                  </dd>
                </div>
                <div>
                  <dt className="text-xs font-semibold tracking-wide text-slate-600 uppercase">Marks</dt>
                  <dd className="mt-1 whitespace-nowrap tabular-nums">
                    {row.marksAwarded} / {row.maxMarks}
                    {row.outcome === "AWAITING_MARKING" && <span className="block text-xs text-amber-800">to mark</span>}
                    {row.outcome === "MARKED" && row.markedBy === "SELF" && <span className="block text-xs text-slate-600">self-marked</span>}
                    {row.teacherMarking && <span className="block text-xs text-slate-600">teacher-marked</span>}
                  </dd>
                </div>
              </dl>
              {/* Once marked, the suggestion stays one click away for comparing with the marks given. */}
              {row.outcome === "MARKED" && row.aiFeedback?.status === "ready" && (
                <details className="mt-3">
                  <summary className="cursor-pointer text-brand-700">AI feedback</summary>
                  <div className="mt-2">
                    <AiFeedbackNote feedback={row.aiFeedback} enabled awaiting={false} headingId={`ai-feedback-marked-${row.questionId}`} />
                  </div>
                </details>
              )}
              {tutorEnabled && row.outcome === "MARKED" && (
                <TutorLauncher subject={{ kind: "question", id: row.questionId }} markedKey="marked" maxChars={TUTOR_MESSAGE_MAX_CHARS} className="mt-3" />
              )}
            </li>
          ))}
        </ol>
      </section>

      <p className="mt-8">
        <Link href="/mocks" className="font-medium text-brand-700 hover:underline">
          Back to mock exams
        </Link>
      </p>
    </>
  );
}
