import Link from "next/link";
import type { TopicNode } from "@/lib/catalog/get-course";
import { commandTerms } from "@/lib/questions/question-input";
import { buttonClass } from "@/app/_components/ui/button";
import { cardClass } from "@/app/_components/ui/card";

export type CourseOption = { slug: string; name: string };
/** The submitted query, as strings, to show the current choices. */
export type FilterValues = Record<string, string | string[] | undefined>;

type Props = {
  values: FilterValues;
  course: string;
  myCourses: CourseOption[];
  otherCourses: CourseOption[];
  topics: TopicNode[];
  papers: string[];
};

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v.at(-1) : v) ?? "";
const many = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []).flatMap((s) => s.split(","));
const fieldClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600 focus:ring-2 focus:ring-brand-100 focus:outline-none";

function flatten(nodes: TopicNode[], depth = 0): { code: string; label: string }[] {
  // Indentation shows the syllabus tree inside a native select; choosing a topic includes its subtopics.
  return nodes.flatMap((n) => [{ code: n.code, label: `${"\u00a0\u00a0".repeat(depth)}${n.code} ${n.title}` }, ...flatten(n.children, depth + 1)]);
}

// The filters folded into "Filters (n active)": course and search stay outside, always in view.
const FOLDED = ["topic", "paper", "type", "calculator", "commandTerm", "attempted", "wrong", "bookmarked"] as const;

/** How many of the folded filters are set; a difficulty filter counts once, however many levels it names. */
export function activeFilterCount(values: FilterValues): number {
  const difficulty = ["difficulty", "difficultyMin", "difficultyMax"].some((k) => many(values[k]).length > 0);
  return FOLDED.filter((k) => one(values[k]).trim() !== "").length + (difficulty ? 1 : 0);
}

/** A plain GET form: filters become query parameters, so results are linkable and work without JavaScript. */
export function QuestionFiltersForm({ values, course, myCourses, otherCourses, topics, papers }: Props) {
  const difficulties = many(values.difficulty);
  const check = (name: string, value: string, label: string) => (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" name={name} value={value} defaultChecked={one(values[name]) === value} className="size-4 accent-brand-600" />
      {label}
    </label>
  );
  const select = (name: string, label: string, options: { value: string; label: string }[], hint?: string) => (
    <div>
      <label htmlFor={`filter-${name}`} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={`filter-${name}`}
        name={name}
        defaultValue={one(values[name])}
        className={fieldClass}
        aria-describedby={hint ? `filter-${name}-hint` : undefined}
      >
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint && (
        <p id={`filter-${name}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      )}
    </div>
  );

  const active = activeFilterCount(values);

  return (
    <form method="get" action="/questions" role="search" aria-label="Filter questions" className={cardClass("space-y-4 p-4 sm:p-5")}>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="filter-course" className="block text-sm font-medium text-slate-800">
            Course
          </label>
          <select id="filter-course" name="course" defaultValue={course} className={fieldClass}>
            {myCourses.length > 0 && (
              <optgroup label="My courses">
                {myCourses.map((c) => (
                  <option key={c.slug} value={c.slug}>
                    {c.name}
                  </option>
                ))}
              </optgroup>
            )}
            <optgroup label={myCourses.length ? "All other courses" : "All courses"}>
              {otherCourses.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {c.name}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        <div>
          <label htmlFor="filter-q" className="block text-sm font-medium text-slate-800">
            Search
          </label>
          <input
            id="filter-q"
            type="search"
            name="q"
            maxLength={200}
            defaultValue={one(values.q)}
            placeholder="e.g. derivative, enzyme"
            className={fieldClass}
          />
        </div>
      </div>
      {/* On a phone the filters would fill the screen before any result: they fold away behind their summary.
          From the sm breakpoint up there is room, so the content shows whether or not the details are open. */}
      <details className="border-t border-slate-200 pt-3 sm:[&::details-content]:[content-visibility:visible] sm:[&::details-content]:block">
        <summary className="cursor-pointer text-sm font-semibold text-slate-800 sm:pointer-events-none sm:list-none">Filters ({active} active)</summary>
        <div className="mt-3 space-y-4">
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {select(
              "topic",
              "Topic",
              flatten(topics).map((t) => ({ value: t.code, label: t.label })),
              "Topics of the course shown; apply after changing course.",
            )}
            {select(
              "paper",
              "Paper",
              papers.map((p) => ({ value: p, label: p })),
            )}
            {select("type", "Type", [
              { value: "MCQ", label: "Multiple choice" },
              { value: "NUMERIC", label: "Numeric answer" },
              { value: "WRITTEN", label: "Written answer" },
            ])}
            {select("calculator", "Calculator", [
              { value: "true", label: "Calculator allowed" },
              { value: "false", label: "No calculator" },
            ])}
            {select(
              "commandTerm",
              "Command term",
              commandTerms.map((t) => ({ value: t, label: t })),
            )}
          </div>
          <div className="flex flex-col gap-4 sm:flex-row sm:gap-10">
            <fieldset>
              <legend className="text-sm font-medium text-slate-800">Difficulty</legend>
              <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                {[1, 2, 3, 4, 5].map((d) => (
                  <label key={d} className="flex items-center gap-1.5 text-sm">
                    <input type="checkbox" name="difficulty" value={d} defaultChecked={difficulties.includes(String(d))} className="size-4 accent-brand-600" />
                    {d}
                  </label>
                ))}
              </div>
            </fieldset>
            <fieldset>
              <legend className="text-sm font-medium text-slate-800">Only questions I…</legend>
              <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                {check("attempted", "no", "have not attempted yet")}
                {check("wrong", "yes", "got wrong last time")}
                {check("bookmarked", "yes", "bookmarked")}
              </div>
            </fieldset>
          </div>
        </div>
      </details>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClass()}>
          Show questions
        </button>
        <Link href={{ pathname: "/questions", query: { course } }} className="text-sm text-brand-700 hover:underline">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
