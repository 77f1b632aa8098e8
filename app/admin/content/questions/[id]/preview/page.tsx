import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireRolePage } from "@/lib/auth/current-user";
import { fullMarksAnswer } from "@/lib/admin/content/full-marks-answer";
import { expectedAnswerText } from "@/lib/marking/format-numeric-value";
import { getQuestionForEditor, type EditorQuestion } from "@/lib/admin/content/get-question-for-editor";
import type { AnsweredView } from "@/lib/practice/answered-view";
import { practiceQuestionOf } from "@/lib/practice/practice-question";
import { RichText } from "@/app/_components/rich-text";
import { AnsweredPanel, NextQuestionButton } from "@/app/(student)/practice/[sessionId]/_components/answered-panel";
import { StatusBadge } from "@/app/_components/ui/fields";
import { LatexProblems } from "@/app/admin/content/_components/latex-problems";
import { cardClass } from "@/app/_components/ui/card";

export const metadata: Metadata = { title: "Preview as student · Content · Admin" };

function answeredView(q: EditorQuestion): AnsweredView | string {
  const marked = fullMarksAnswer(q);
  if ("error" in marked) return marked.error;
  return {
    attemptId: "preview",
    answer: marked.answer,
    ...marked.result,
    correctOptionId: q.correctOptionId ?? null,
    numericAnswer:
      q.numericAnswer?.value === undefined
        ? null
        : { value: q.numericAnswer.value, unit: q.numericAnswer.unit ?? null, text: expectedAnswerText({ ...q.numericAnswer, value: q.numericAnswer.value }) },
    workedSolution: q.workedSolution,
    markingPoints: q.markingPoints.map((p) => ({ label: p.label, kind: p.kind, marks: p.marks, text: p.text })),
    markbands: q.type === "WRITTEN" && q.markbands?.length ? q.markbands : null,
    bandAwards: marked.result.bandAwards ?? [],
    aiFeedback: null,
    teacherMarking: null,
  };
}

/**
 * A question exactly as a student meets it in practice, drafts included: the question screen, then the
 * result screen after a right answer (marks, markscheme, worked solution), drawn by the students' own
 * components. Nothing here is saved, and the player's buttons are disabled.
 */
export default async function PreviewQuestionPage({ params }: PageProps<"/admin/content/questions/[id]/preview">) {
  const { id } = await params;
  await requireRolePage(["ADMIN"], `/admin/content/questions/${id}/preview`);
  const question = z.uuid().safeParse(id).success ? await getQuestionForEditor(id) : null;
  if (!question) notFound();
  const shown = practiceQuestionOf(question);
  const answered = answeredView(question);

  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm text-slate-600">
        <Link href={`/admin/content/questions/${question.id}`} className="text-brand-700 hover:underline">
          Back to the editor
        </Link>{" "}
        · {question.course.name}
      </p>
      <h1 className="mt-2 flex flex-wrap items-center gap-3 text-2xl font-bold tracking-tight">
        Preview as student <StatusBadge status={question.status} />
      </h1>
      <p className="mt-1 text-sm text-slate-600">
        {question.status === "PUBLISHED" ? "Students see this now." : "Students do not see this question until it is published."} Answers here are not saved.
      </p>
      <div className="mt-4">
        <LatexProblems
          fields={[
            ["Stem", question.stem],
            ...question.options.map((o): [string, string] => [`Option ${o.id}`, o.text]),
            ...question.markingPoints.map((p): [string, string] => [`Marking point ${p.label}`, p.text]),
            ["Worked solution", question.workedSolution],
          ]}
        />
      </div>

      <h2 className="mt-6 text-lg font-semibold">The question</h2>
      <article aria-label="Question as students see it" className={cardClass("mt-2 p-5")}>
        <p className="text-sm text-slate-600">
          {shown.topic.code} {shown.topic.title} · {shown.marks} {shown.marks === 1 ? "mark" : "marks"} · {shown.commandTerm} · Paper{" "}
          {shown.paper.replace(/^P/, "")} · {shown.calculator ? "calculator" : "no calculator"} · difficulty {shown.difficulty} of 5
        </p>
        <RichText source={shown.stem} className="mt-3" />
        {/* The answer box as the player draws it, inert here. */}
        <fieldset disabled className="mt-6">
          <legend className="text-sm font-medium text-slate-800">Your answer</legend>
          {shown.options ? (
            <div className="mt-2 space-y-2">
              {shown.options.map((o) => (
                <label key={o.id} className="flex items-start gap-3 rounded-md border border-slate-200 bg-white p-3">
                  <input type="radio" name="optionId" value={o.id} className="mt-1" />
                  <span className="font-semibold">{o.id}</span>
                  <span className="min-w-0 flex-1">
                    <RichText source={o.text} inline />
                  </span>
                </label>
              ))}
            </div>
          ) : (
            <>
              <textarea
                aria-label="Your answer"
                rows={shown.type === "WRITTEN" ? 6 : 1}
                className="mt-1 block w-full max-w-md rounded-md border border-slate-300 px-3 py-2"
              />
              {shown.unit && shown.type === "NUMERIC" && <p className="mt-1 text-sm text-slate-600">Give your answer in {shown.unit}.</p>}
            </>
          )}
        </fieldset>
      </article>

      <h2 className="mt-8 text-lg font-semibold">After a right answer</h2>
      {typeof answered === "string" ? (
        <p role="alert" className="mt-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-amber-900">
          This question cannot be marked yet: {answered}
        </p>
      ) : (
        <fieldset disabled className={cardClass("mt-2 p-5")}>
          <legend className="sr-only">Result screen as students see it</legend>
          <AnsweredPanel question={shown} answered={answered} aiFeedbackEnabled={false} selfMarkEndpoint="/api/v1/practice/preview/self-mark">
            <NextQuestionButton sessionId="preview" isLast />
          </AnsweredPanel>
        </fieldset>
      )}
    </div>
  );
}
