import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requireUserPage } from "@/lib/auth/current-user";
import { MAX_SET_SIZE } from "@/lib/practice/practice-input";
import { ConfirmPracticeForm } from "@/app/(student)/practice/_components/confirm-practice-form";

export const metadata: Metadata = { title: "Practise chosen questions" };

const uuid = z.uuid();

/**
 * The question bank's "Practise" link lands here with ?questionIds=a,b,c (or repeated questionIds=).
 * A GET never creates anything: the student confirms, and the form posts.
 */
export default async function NewPracticePage({ searchParams }: PageProps<"/practice/new">) {
  const raw = (await searchParams).questionIds;
  const ids = [...new Set([raw ?? []].flat().flatMap((v) => v.split(",")).map((v) => v.trim()))].filter((v) => uuid.safeParse(v).success).slice(0, MAX_SET_SIZE);
  // After signing in, come back to the same choice.
  await requireUserPage(ids.length ? `/practice/new?questionIds=${ids.join(",")}` : "/practice/new");

  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-3xl font-bold tracking-tight">Practise chosen questions</h1>
      {ids.length ? (
        <>
          <p className="mt-2 text-slate-700">
            {ids.length === 1 ? "You chose 1 question" : `You chose ${ids.length} questions`} from the question bank. You will answer them one at a time and see the
            markscheme after each.
          </p>
          <div className="mt-6">
            <ConfirmPracticeForm questionIds={ids} />
          </div>
        </>
      ) : (
        <p className="mt-2 text-slate-700">
          No questions were chosen. Pick some in the{" "}
          <Link href="/questions" className="font-medium text-brand-700 hover:underline">
            question bank
          </Link>{" "}
          or{" "}
          <Link href="/practice" className="font-medium text-brand-700 hover:underline">
            start a set by topic
          </Link>
          .
        </p>
      )}
    </div>
  );
}
