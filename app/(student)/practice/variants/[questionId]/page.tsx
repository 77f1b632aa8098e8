import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { requireUserPage } from "@/lib/auth/current-user";
import { NotFoundError } from "@/lib/errors";
import { getVariantView, pickVariantSeed } from "@/lib/practice/get-variant-view";
import { variantPageQuery } from "@/lib/practice/variant-input";
import { RichText } from "@/app/_components/rich-text";
import { cardClass } from "@/app/_components/ui/card";
import { AnsweredPanel } from "@/app/(student)/practice/[sessionId]/_components/answered-panel";
import { TryAnotherLink } from "@/app/(student)/practice/_components/try-another-link";
import { VariantAnswerForm } from "./_components/variant-answer-form";

export const metadata: Metadata = { title: "Try another like this" };

/** A question that has no variants, or is not published, is simply not found here. */
async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
}

export default async function VariantPage({ params, searchParams }: PageProps<"/practice/variants/[questionId]">) {
  const { questionId } = await params;
  const user = await requireUserPage(`/practice/variants/${questionId}`);
  if (!z.uuid().safeParse(questionId).success) notFound();
  const { seed, attempt } = variantPageQuery.parse(await searchParams);
  // The seed goes into the URL, so a reload (or a shared link) shows the same variant.
  if (seed === undefined) redirect(`/practice/variants/${questionId}?seed=${await orNotFound(pickVariantSeed(questionId))}`);
  const { question, answered } = await orNotFound(getVariantView(user.id, questionId, seed, attempt));

  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm text-slate-600">
        <Link href="/practice" className="text-brand-700 underline">
          Practice
        </Link>{" "}
        · {question.topic.code} {question.topic.title}
      </p>
      <h1 className="mt-2 text-2xl font-bold tracking-tight">Try another like this</h1>
      <p className="mt-1 text-slate-700">The same kind of question with new numbers. It counts towards your progress like any other answer.</p>
      <article aria-label="Variant question" className={cardClass("mt-4 p-5")}>
        <p className="text-sm text-slate-600">
          {question.marks} {question.marks === 1 ? "mark" : "marks"} · {question.commandTerm} · Paper {question.paper.replace(/^P/, "")} ·{" "}
          {question.calculator ? "calculator" : "no calculator"} · difficulty {question.difficulty} of 5
        </p>
        <RichText source={question.stem} className="mt-3" />
        {answered ? (
          <AnsweredPanel
            question={question}
            answered={answered}
            aiFeedbackEnabled={false}
            selfMarkEndpoint={`/api/v1/questions/${questionId}/variants/self-mark`}
          >
            <TryAnotherLink questionId={questionId} primary />
            <Link href="/practice" className="text-brand-700 underline">
              Back to practice
            </Link>
          </AnsweredPanel>
        ) : question.type === "MCQ" ? null /* generators make NUMERIC and WRITTEN questions only */ : (
          <VariantAnswerForm key={seed} questionId={questionId} seed={seed} type={question.type} unit={question.unit} unitRequired={question.unitRequired} />
        )}
      </article>
    </div>
  );
}
