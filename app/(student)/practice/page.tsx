import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requireUserPage } from "@/lib/auth/current-user";
import { getPracticeChoices } from "@/lib/practice/get-practice-choices";
import { listOpenSessions } from "@/lib/practice/list-open-sessions";
import { StartPracticeForm } from "@/app/(student)/practice/_components/start-practice-form";
import { buttonClass } from "@/app/_components/ui/button";
import { cardClass } from "@/app/_components/ui/card";

export const metadata: Metadata = { title: "Practice" };

const when = (date: Date) => new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(date) + " UTC";

const oneParam = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export default async function PracticePage({ searchParams }: PageProps<"/practice">) {
  const user = await requireUserPage("/practice");
  if (!user.onboarded && user.role === "STUDENT") redirect("/onboarding");
  const [courses, open, params] = await Promise.all([getPracticeChoices(user.id), listOpenSessions(user.id), searchParams]);
  // Links from the dashboard and course pages name a course (and a topic); anything unknown is ignored.
  const asked = courses.find((c) => c.slug === oneParam(params.course));
  const initialCourse = (asked ?? courses.find((c) => c.topics.length) ?? courses[0])?.slug ?? "";
  const askedTopic = asked?.topics.find((t) => t.code === oneParam(params.topic))?.code ?? "";

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Practice</h1>
      <p className="mt-2 max-w-2xl text-slate-700">
        Answer exam-style questions one at a time and see the markscheme and a worked solution after each. Your answers are saved as you type.
      </p>

      <section aria-labelledby="start-set" className="mt-8">
        <h2 id="start-set" className="text-xl font-semibold">
          Start a set
        </h2>
        <div className="mt-4">
          {courses.length ? (
            <StartPracticeForm courses={courses} initialCourse={initialCourse} initialTopic={askedTopic} />
          ) : (
            <p className="text-slate-700">
              Choose your courses first:{" "}
              <Link href="/onboarding" className="font-medium text-brand-700 hover:underline">
                your courses
              </Link>
              .
            </p>
          )}
        </div>
      </section>

      <section aria-labelledby="open-sets" className="mt-10">
        <h2 id="open-sets" className="text-xl font-semibold">
          Continue where you left off
        </h2>
        {open.length ? (
          <ul className={cardClass("mt-4 divide-y divide-slate-200")}>
            {open.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
                <div>
                  <p className="font-medium">
                    {s.courseName}
                    {s.mode === "weak-topics" ? " · weak topics" : s.mode === "questions" ? " · chosen questions" : ""}
                  </p>
                  <p className="text-sm text-slate-600">
                    {s.answered} of {s.total} answered · last active {when(s.lastActiveAt)}
                  </p>
                </div>
                <Link href={`/practice/${s.id}`} className={buttonClass({ variant: "secondary", size: "sm" })}>
                  Resume<span className="sr-only"> {s.courseName} set</span>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-4 text-slate-700">You have no unfinished sets.</p>
        )}
      </section>
    </>
  );
}
