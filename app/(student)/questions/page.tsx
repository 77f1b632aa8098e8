import type { Metadata } from "next";
import Link from "next/link";
import { requireUserPage } from "@/lib/auth/current-user";
import { getCourse, type TopicNode } from "@/lib/catalog/get-course";
import { listCatalog } from "@/lib/catalog/list-catalog";
import { paperCodes } from "@/lib/catalog/catalog-input";
import { listEnrolments } from "@/lib/enrolments/list-enrolments";
import { AppError } from "@/lib/errors";
import { FormAlert } from "@/app/_components/ui/form-alert";
import { listQuestions, type QuestionListItem } from "@/lib/questions/list-questions";
import { parseQuestionQuery } from "@/lib/questions/question-filters";
import { QuestionFiltersForm } from "./_components/question-filters-form";
import { QuestionResult } from "./_components/question-result";
import { EmptyCourseNotice } from "./_components/empty-course-notice";
import { buttonClass } from "@/app/_components/ui/button";
import { tutorAvailable } from "@/lib/tutor/tutor-available";

export const metadata: Metadata = { title: "Question bank" };

const hasTopic = (nodes: TopicNode[], code: string): boolean => nodes.some((n) => n.code === code || hasTopic(n.children, code));

export default async function QuestionBankPage({ searchParams }: PageProps<"/questions">) {
  const user = await requireUserPage("/questions");
  const [values, enrolments, catalog] = await Promise.all([searchParams, listEnrolments(user.id), listCatalog()]);

  const allCourses = catalog.flatMap((g) => g.subjects.flatMap((s) => s.courses));
  const questionCounts = new Map(allCourses.map((c) => [c.slug, c.questionCount]));
  // A course of the student's without questions stays in the list (it is theirs), marked as empty.
  const myCourses = enrolments.map((e) => ({ slug: e.slug, name: questionCounts.get(e.slug) ? e.name : `${e.name} (no questions yet)` }));
  const mine = new Set(myCourses.map((c) => c.slug));
  const otherCourses = allCourses.filter((c) => c.questionCount > 0 && !mine.has(c.slug)).map((c) => ({ slug: c.slug, name: c.name }));
  const requested = typeof values.course === "string" ? values.course.trim() : "";
  const firstWithQuestions = myCourses.find((c) => questionCounts.get(c.slug))?.slug;
  const courseSlug = requested || firstWithQuestions || myCourses[0]?.slug || otherCourses[0]?.slug || "";
  const course = courseSlug ? await getCourse(courseSlug) : null;

  // A topic left over from the previous course (the form cannot refresh its topic list without a reload).
  const staleTopic = typeof values.topic === "string" && values.topic !== "" && course !== null && !hasTopic(course.topics, values.topic);
  const query = { ...values, course: courseSlug, ...(staleTopic ? { topic: undefined } : {}) };

  let items: QuestionListItem[] = [];
  let nextCursor: string | null = null;
  let error: string | undefined = course ? undefined : `There is no course "${courseSlug}". Choose one from the list.`;
  const empty = course !== null && course.questionCount === 0;
  if (course && !empty) {
    try {
      const { filters, page } = parseQuestionQuery(query);
      ({ items, nextCursor } = await listQuestions(user.id, filters, page));
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      error = err.message.replace(/^Invalid query: /, "");
    }
  }
  // Every current parameter except the cursor: links to other pages of the same search.
  const sameSearch = Object.fromEntries(Object.entries(query).filter(([k, v]) => k !== "cursor" && v !== undefined && v !== "")) as Record<
    string,
    string | string[]
  >;
  const tutorEnabled = tutorAvailable();

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Question bank</h1>
      <p className="mt-2 text-slate-700">Find exam-style questions by topic, difficulty, paper and command term, then practise them.</p>
      <div className="mt-6">
        <QuestionFiltersForm
          values={query}
          course={courseSlug}
          myCourses={myCourses}
          otherCourses={otherCourses}
          topics={course?.topics ?? []}
          papers={course?.papers.map((p) => p.code) ?? [...paperCodes]}
        />
      </div>
      <section aria-labelledby="results-heading" className="mt-8">
        <h2 id="results-heading" className="text-xl font-semibold">
          {course ? `${course.name} questions` : "Questions"}
        </h2>
        {staleTopic && (
          <p className="mt-2 text-sm text-slate-700">
            Topic {String(values.topic)} is not part of {course?.name}, so all its topics are shown.
          </p>
        )}
        <div className="mt-3">
          <FormAlert message={error} />
        </div>
        {empty && course && <EmptyCourseNotice courseName={course.name} courseSlug={course.slug} otherCourses={allCourses.some((c) => c.questionCount > 0)} />}
        {!error && !empty && items.length === 0 && <p className="mt-4 text-slate-700">No questions match these filters. Try removing one.</p>}
        {items.length > 0 && (
          <ol className="mt-4 space-y-4" aria-label="Results">
            {items.map((item) => (
              <QuestionResult key={item.id} item={item} courseSlug={course?.slug ?? ""} tutorEnabled={tutorEnabled} />
            ))}
          </ol>
        )}
        <nav aria-label="More results" className="mt-6 flex flex-wrap items-center gap-4">
          {nextCursor && (
            <Link href={{ pathname: "/questions", query: { ...sameSearch, cursor: nextCursor } }} className={buttonClass({ variant: "secondary" })}>
              More questions →
            </Link>
          )}
          {typeof values.cursor === "string" && values.cursor !== "" && (
            <Link href={{ pathname: "/questions", query: sameSearch }} className="text-sm text-brand-700 hover:underline">
              Back to the first questions
            </Link>
          )}
        </nav>
      </section>
    </>
  );
}
