import type { Metadata } from "next";
import Link from "next/link";
import { requireUserPage } from "@/lib/auth/current-user";
import { coursesWithQuestions } from "@/lib/catalog/courses-with-questions";
import { listMockExams, type MockExamSummary } from "@/lib/mocks/list-mock-exams";
import { listMockOptions } from "@/lib/mocks/list-mock-options";
import { shortDurationsAllowed } from "@/lib/mocks/mock-input";
import { startMock } from "./actions";
import { StartMockForm } from "./_components/start-mock-form";
import { cardClass } from "@/app/_components/ui/card";

export const metadata: Metadata = { title: "Mock exams" };

const listFormat = new Intl.ListFormat("en-GB", { type: "conjunction" });
const when = (d: Date) => new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(d) + " UTC";

function Outcome({ mock }: { mock: MockExamSummary }) {
  if (mock.status === "COMPLETED") {
    return (
      <span>
        {mock.grade !== null ? `Grade ${mock.grade} · ` : ""}
        {mock.marksAwarded ?? 0} / {mock.totalMarks}
      </span>
    );
  }
  return <span>{mock.timeUp ? "Time is up: open it to see the result" : "In progress"}</span>;
}

export default async function MocksPage() {
  const user = await requireUserPage("/mocks");
  const [courses, past, withQuestions] = await Promise.all([listMockOptions(user.id), listMockExams(user.id), coursesWithQuestions()]);
  // A paper can only be built from published questions: courses without any get no Start button.
  const ready = courses.filter((c) => c.papers.length && withQuestions.has(c.slug));
  const waiting = courses.filter((c) => !withQuestions.has(c.slug));

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Mock exams</h1>
      <p className="mt-2 max-w-2xl text-slate-700">
        Sit a timed paper built to the IB structure from the question bank. The clock keeps running if you leave the page, and the paper is submitted when time
        is up.
      </p>

      <section aria-labelledby="start-mock" className="mt-8">
        <h2 id="start-mock" className="text-xl font-semibold">
          Start a mock
        </h2>
        {waiting.length > 0 && (
          <p role="status" className="mt-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950">
            No questions yet for {listFormat.format(waiting.map((c) => c.name))}: mocks for {waiting.length === 1 ? "it" : "them"} open once{" "}
            {waiting.length === 1 ? "its" : "their"} questions are published.
          </p>
        )}
        {ready.length ? (
          <div className="mt-4">
            <StartMockForm courses={ready} action={startMock} allowDurationOverride={shortDurationsAllowed()} />
          </div>
        ) : courses.length ? (
          <p className="mt-4 text-slate-700">
            None of your courses has questions yet, so no paper can be built.{" "}
            <Link href="/onboarding" className="text-brand-700 underline">
              Change your courses
            </Link>{" "}
            or come back when their questions are published.
          </p>
        ) : (
          <p className="mt-4 text-slate-700">
            Choose your courses first:{" "}
            <Link href="/onboarding" className="text-brand-700 underline">
              add courses
            </Link>
            .
          </p>
        )}
      </section>

      <section aria-labelledby="past-mocks" className="mt-10">
        <h2 id="past-mocks" className="text-xl font-semibold">
          Your mocks
        </h2>
        {past.length ? (
          <ul className={cardClass("mt-4 divide-y divide-slate-200")}>
            {past.map((mock) => (
              <li key={mock.id} className="flex flex-wrap items-center justify-between gap-2 p-4">
                <div>
                  <Link href={`/mocks/${mock.id}`} className="font-medium hover:text-brand-700">
                    {mock.course.name}, {mock.paper}
                  </Link>
                  <p className="text-sm text-slate-600">Started {when(mock.startedAt)}</p>
                </div>
                <p className="text-sm font-medium text-slate-800">
                  <Outcome mock={mock} />
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-4 text-slate-700">No mocks yet.</p>
        )}
      </section>
    </>
  );
}
