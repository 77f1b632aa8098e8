import type { Metadata } from "next";
import { printedLabel } from "@/lib/questions/printed-label";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireUserPage } from "@/lib/auth/current-user";
import { NotFoundError } from "@/lib/errors";
import { getPracticeState, type PracticeState } from "@/lib/practice/get-practice-state";
import { aiFeedbackConfigured } from "@/lib/feedback/feedback-model";
import { RichText } from "@/app/_components/rich-text";
import { AnswerForm } from "@/app/(student)/practice/[sessionId]/_components/answer-form";
import { AnsweredPanel, NextQuestionButton } from "@/app/(student)/practice/[sessionId]/_components/answered-panel";
import { TryAnotherLink } from "@/app/(student)/practice/_components/try-another-link";
import { PracticeSummary } from "@/app/(student)/practice/[sessionId]/_components/practice-summary";
import { cardClass } from "@/app/_components/ui/card";
import { TutorLauncher } from "@/app/_components/tutor/tutor-launcher";
import { tutorAvailable } from "@/lib/tutor/tutor-available";
import { TUTOR_MESSAGE_MAX_CHARS } from "@/lib/tutor/tutor-input";

export const metadata: Metadata = { title: "Practice" };

const viewIndex = z.coerce.number().int().min(0).max(1000).optional().catch(undefined);

async function loadState(userId: string, sessionId: string, q: unknown): Promise<PracticeState> {
  if (!z.uuid().safeParse(sessionId).success) notFound();
  try {
    return await getPracticeState(userId, sessionId, viewIndex.parse(q));
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
}

export default async function PracticePlayerPage({ params, searchParams }: PageProps<"/practice/[sessionId]">) {
  const { sessionId } = await params;
  const user = await requireUserPage(`/practice/${sessionId}`);
  const state = await loadState(user.id, sessionId, (await searchParams).q);
  const { session, view } = state;
  const answeredCount = state.results.filter((r) => r.status !== "UNANSWERED").length;

  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm text-slate-600">
        <Link href="/practice" className="text-brand-700 underline">
          Practice
        </Link>{" "}
        · {session.course.name}
      </p>
      {view ? (
        <>
          <div className="mt-2 flex flex-wrap items-center justify-between gap-3">
            <h1 className="text-2xl font-bold tracking-tight">
              Question {view.index + 1} of {session.total}
            </h1>
            <progress
              value={answeredCount}
              max={session.total}
              aria-label={`${answeredCount} of ${session.total} answered`}
              className="h-2 w-40 accent-brand-600"
            />
          </div>
          {view.question ? (
            <article aria-label={`Question ${view.index + 1}`} className={cardClass("mt-4 p-5")}>
              <p className="text-sm text-slate-600">
                {view.question.topic.code} {view.question.topic.title} · {view.question.marks} {view.question.marks === 1 ? "mark" : "marks"} ·{" "}
                {view.question.commandTerm} · Paper {view.question.paper.replace(/^P/, "")} · {view.question.calculator ? "calculator" : "no calculator"} ·
                difficulty {view.question.difficulty} of 5
              </p>
              {view.question.part && <RichText source={view.question.part.context} className="mt-3" />}
              <div className={view.question.part ? "mt-3 flex gap-2" : undefined}>
                {view.question.part && <span className="mt-2 font-semibold">{printedLabel(view.question.part.label)}</span>}
                <RichText source={view.question.stem} className={view.question.part ? "min-w-0 flex-1" : "mt-3"} />
              </div>
              {view.answered ? (
                <AnsweredPanel
                  question={view.question}
                  answered={view.answered}
                  aiFeedbackEnabled={aiFeedbackConfigured()}
                  selfMarkEndpoint={`/api/v1/practice/${session.id}/self-mark`}
                >
                  <NextQuestionButton sessionId={session.id} isLast={view.index === session.total - 1} />
                  {view.hasVariants && <TryAnotherLink questionId={view.question.id} />}
                </AnsweredPanel>
              ) : (
                <AnswerForm
                  key={view.question.id}
                  sessionId={session.id}
                  questionId={view.question.id}
                  index={view.index}
                  type={view.question.type}
                  options={(view.question.options ?? []).map((o) => ({ id: o.id, label: <RichText source={o.text} inline /> }))}
                  unit={view.question.unit}
                  unitRequired={view.question.unitRequired}
                  initialDraft={view.draft}
                />
              )}
              {/* Beside the question while answering (hints) and once answered (the marks explained); the
                  key it is marked by makes an open panel read the thread again when the mode changes. */}
              {tutorAvailable() && (
                <TutorLauncher
                  key={view.question.id}
                  subject={{ kind: "question", id: view.question.id }}
                  markedKey={view.answered ? `${view.answered.attemptId}:${view.answered.status}` : "unanswered"}
                  maxChars={TUTOR_MESSAGE_MAX_CHARS}
                  className="mt-4 border-t border-slate-200 pt-4"
                />
              )}
            </article>
          ) : (
            <p role="alert" className="mt-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-amber-900">
              This question has been withdrawn by the editors and can no longer be answered.{" "}
              <Link href="/practice" className="font-medium underline">
                Start a new set
              </Link>
              .
            </p>
          )}
        </>
      ) : (
        <>
          <h1 className="mt-2 text-2xl font-bold tracking-tight">Your results</h1>
          <PracticeSummary state={state} />
        </>
      )}
    </div>
  );
}
