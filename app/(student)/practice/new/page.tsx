import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requireUserPage } from "@/lib/auth/current-user";
import { MAX_SET_SIZE } from "@/lib/practice/practice-input";
import { listChosenQuestions } from "@/lib/questions/list-chosen-questions";
import { ConfirmPracticeForm } from "@/app/(student)/practice/_components/confirm-practice-form";
import { ChosenQuestionCard } from "@/app/(student)/practice/_components/chosen-question";

export const metadata: Metadata = { title: "Practise chosen questions" };

const uuid = z.uuid();

/**
 * The question bank's "Practise" link lands here with ?questionIds=a,b,c (or repeated questionIds=).
 * A GET never creates anything: the student sees the question(s) they picked, confirms, and the form posts.
 */
export default async function NewPracticePage({ searchParams }: PageProps<"/practice/new">) {
  const raw = (await searchParams).questionIds;
  const ids = [
    ...new Set(
      [raw ?? []]
        .flat()
        .flatMap((v) => v.split(","))
        .map((v) => v.trim()),
    ),
  ]
    .filter((v) => uuid.safeParse(v).success)
    .slice(0, MAX_SET_SIZE);
  // After signing in, come back to the same choice.
  await requireUserPage(ids.length ? `/practice/new?questionIds=${ids.join(",")}` : "/practice/new");
  const questions = await listChosenQuestions(ids);
  const missing = ids.length - questions.length;

  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold tracking-tight">{questions.length === 1 ? "Practise this question" : "Practise chosen questions"}</h1>
      {questions.length ? (
        <>
          <p className="mt-2 text-slate-700">
            {questions.length === 1 ? "You chose this question" : `You chose these ${questions.length} questions`} from the question bank
            {questions[0] ? ` (${questions[0].course.name})` : ""}. You will answer {questions.length === 1 ? "it" : "them one at a time"} and see the
            markscheme after each.
          </p>
          {missing > 0 && (
            <p className="mt-2 text-sm text-amber-900">
              {missing === 1 ? "1 of the questions you chose is" : `${missing} of the questions you chose are`} no longer available and{" "}
              {missing === 1 ? "is" : "are"} left out.
            </p>
          )}
          <ol className="mt-6 space-y-4" aria-label="Chosen questions">
            {questions.map((q) => (
              <ChosenQuestionCard key={q.id} question={q} whole={questions.length === 1} />
            ))}
          </ol>
          <div className="mt-6">
            <ConfirmPracticeForm questionIds={questions.map((q) => q.id)} />
          </div>
          <p className="mt-4 text-sm">
            <Link href="/questions" className="text-brand-700 hover:underline">
              ← Back to the question bank
            </Link>
          </p>
        </>
      ) : (
        <p className="mt-2 text-slate-700">
          {ids.length ? "The questions you chose are no longer available. Pick others in the " : "No questions were chosen. Pick some in the "}
          <Link href="/questions" className="font-medium text-brand-700 underline">
            question bank
          </Link>{" "}
          or{" "}
          <Link href="/practice" className="font-medium text-brand-700 underline">
            start a set by topic
          </Link>
          .
        </p>
      )}
    </div>
  );
}
