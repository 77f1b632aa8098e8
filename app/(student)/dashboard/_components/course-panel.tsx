import Link from "next/link";
import type { Route } from "next";
import type { CourseDashboard } from "@/lib/dashboard/dashboard-types";
import { AccuracyTrend } from "./accuracy-trend";
import { TopicHeatMap } from "./topic-heat-map";
import { buttonClass } from "@/app/_components/ui/button";
import { cardClass } from "@/app/_components/ui/card";

const percentOf = (share: number) => Math.round(share * 100);
const weekLabel = (day: string) => new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function Prediction({ course }: { course: CourseDashboard }) {
  const p = course.prediction;
  if (!p) {
    return (
      <p className="text-sm text-slate-700">
        {course.predictionNeeds > 0
          ? `Not enough evidence yet for a predicted grade: answer ${plural(course.predictionNeeds, "more different question", "more different questions")} (answering the same one again does not count).`
          : "No grade boundaries are available for this course yet, so there is no predicted grade."}
      </p>
    );
  }
  return (
    <div>
      <p className="text-lg font-semibold">
        Predicted grade {p.grade}
        {p.low !== p.high && (
          <span className="font-normal text-slate-700">
            {" "}
            ({p.low}–{p.high})
          </span>
        )}
      </p>
      <p className="text-xs text-slate-600">
        Based on {plural(p.questions, "question", "questions")} across {p.topicsCovered} of {p.topicsTotal} topics: {p.percent}% of marks, recent answers
        counting most, on the {p.session} grade boundaries.
        {p.low !== p.high && " The range narrows as you answer more questions across more topics."}
      </p>
    </div>
  );
}

/** Progress, predicted grade, weekly marks and weak topics: what a course with questions has to show. */
function PracticeOverview({ course, id }: { course: CourseDashboard; id: string }) {
  const answeredWeeks = course.accuracyTrend.filter((w) => w.share !== null);
  const latestWeek = answeredWeeks.at(-1);
  return (
    <>
      <div className="mt-3">
        <p id={`${id}-progress`} className="text-sm text-slate-700">
          Syllabus covered: {percentOf(course.progress.share)}% ({course.progress.attempted} of {course.progress.total} topics practised)
        </p>
        <div
          role="progressbar"
          aria-labelledby={`${id}-progress`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percentOf(course.progress.share)}
          className="mt-1 h-2 overflow-hidden rounded-full bg-slate-100"
        >
          <div className="h-full rounded-full bg-brand-600" style={{ width: `${percentOf(course.progress.share)}%` }} />
        </div>
      </div>

      <div className="mt-4 grid gap-6 md:grid-cols-2">
        <div className="min-w-0">
          <Prediction course={course} />
          <h4 id={`${id}-trend`} className="mt-4 text-sm font-semibold">
            Marks per week, last 12 weeks
          </h4>
          {answeredWeeks.length ? (
            <>
              <p className="text-xs text-slate-600">
                Latest week with answers ({weekLabel(latestWeek!.weekStart)}): {percentOf(latestWeek!.share!)}% ({latestWeek!.marksAwarded} /{" "}
                {latestWeek!.maxMarks} marks)
              </p>
              <AccuracyTrend
                points={course.accuracyTrend.map((w) => ({ label: weekLabel(w.weekStart), percent: w.share === null ? null : percentOf(w.share) }))}
              />
              <table className="sr-only">
                <caption>Share of marks per week</caption>
                <thead>
                  <tr>
                    <th scope="col">Week starting</th>
                    <th scope="col">Marks</th>
                  </tr>
                </thead>
                <tbody>
                  {course.accuracyTrend.map((w) => (
                    <tr key={w.weekStart}>
                      <th scope="row">{weekLabel(w.weekStart)}</th>
                      <td>{w.share === null ? "no answers" : `${percentOf(w.share)}% (${w.marksAwarded} / ${w.maxMarks})`}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : (
            <p className="mt-1 text-sm text-slate-600">No marked answers in the last 12 weeks.</p>
          )}
        </div>

        <div className="min-w-0">
          <h4 className="text-sm font-semibold">Weak topics</h4>
          {course.weakTopics.length ? (
            <ul className="mt-2 divide-y divide-slate-100">
              {course.weakTopics.map((t) => (
                <li key={t.code} className="flex items-center justify-between gap-3 py-2 text-sm">
                  <span className="min-w-0 break-words">
                    <span className="font-medium">{t.code}</span> {t.title} <span className="whitespace-nowrap text-slate-600">· {percentOf(t.mastery)}%</span>
                  </span>
                  <span className="flex shrink-0 items-center gap-3">
                    {t.noteHref && (
                      <Link href={t.noteHref as Route} className="font-medium text-brand-700 underline">
                        Note
                        <span className="sr-only">
                          {" "}
                          on {t.code} {t.title}
                        </span>
                      </Link>
                    )}
                    <Link href={t.href as Route} className={buttonClass({ variant: "secondary", size: "sm" })}>
                      Practise
                      <span className="sr-only">
                        {" "}
                        {t.code} {t.title}
                      </span>
                    </Link>
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-1 text-sm text-slate-600">Topics you have answered twice or more show here, weakest first.</p>
          )}
        </div>
      </div>
    </>
  );
}

/** The closed panel's one line: enough to see which course needs attention without opening it. */
function summaryLine(course: CourseDashboard, hasQuestions: boolean): string {
  if (!hasQuestions) return "No questions yet";
  const parts = [
    course.mastery === null ? "Not started" : `${percentOf(course.mastery)}% mastery`,
    course.prediction ? `predicted grade ${course.prediction.grade}` : "no predicted grade yet",
    `${course.answered} ${course.answered === 1 ? "question" : "questions"} answered`,
  ];
  return parts.join(" · ");
}

/**
 * One enrolled course, folded to a summary line (six courses open at once make a very long page): progress,
 * predicted grade, accuracy trend, weak topics and the topic heat map. A course without questions says so
 * instead of asking for answers that cannot be given.
 */
export function CoursePanel({ course, hasQuestions, open }: { course: CourseDashboard; hasQuestions: boolean; open: boolean }) {
  const id = `course-${course.slug}`;
  return (
    <article aria-labelledby={id} className={cardClass()}>
      <details open={open} className="group">
        <summary className="flex cursor-pointer list-none items-start gap-3 p-4 sm:p-5 [&::-webkit-details-marker]:hidden">
          <span aria-hidden="true" className="mt-1 inline-block text-slate-500 transition-transform group-open:rotate-90">
            ▶
          </span>
          <span className="min-w-0 flex-1">
            <span className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
              <h3 id={id} className="text-lg font-semibold">
                {course.name}
              </h3>
              {course.targetGrade && <span className="text-sm text-slate-600">Target grade {course.targetGrade}</span>}
            </span>
            <span className={`block text-sm ${hasQuestions ? "text-slate-700" : "text-amber-800"}`}>{summaryLine(course, hasQuestions)}</span>
          </span>
        </summary>
        <div className="border-t border-slate-100 px-4 pb-4 sm:px-5 sm:pb-5">
          <p className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
            {hasQuestions && (
              <Link href={`/practice?course=${course.slug}` as Route} className={buttonClass({ size: "sm" })}>
                Practise {course.name}
              </Link>
            )}
            <Link href={`/courses/${course.slug}` as Route} className="font-medium text-brand-700 hover:underline">
              {course.name} syllabus
            </Link>
          </p>
          {hasQuestions ? (
            <PracticeOverview course={course} id={id} />
          ) : (
            <p className="mt-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950">
              The questions for this course are still being written, so there is nothing to answer and no predicted grade yet. Its syllabus topics are below.
            </p>
          )}
          <h4 id={`${id}-topics`} className="mt-5 text-sm font-semibold">
            Mastery by topic
          </h4>
          <TopicHeatMap topics={course.topics} labelledBy={`${id}-topics`} />
        </div>
      </details>
    </article>
  );
}
