import type { Metadata } from "next";
import Link from "next/link";
import { requireRolePage } from "@/lib/auth/current-user";
import { listContentCourses, parseContentCoursesQuery } from "@/lib/admin/content/list-content-courses";
import { PageLinks } from "@/app/_components/ui/page-links";
import { CourseFilters } from "./_components/course-filters";
import { CourseSize } from "./_components/course-size";
import { buttonClass } from "@/app/_components/ui/button";
import { cardClass } from "@/app/_components/ui/card";

export const metadata: Metadata = { title: "Content · Admin" };

export default async function ContentPage({ searchParams }: PageProps<"/admin/content">) {
  await requireRolePage(["ADMIN"], "/admin/content");
  const { query, invalid } = parseContentCoursesQuery(await searchParams);
  const { items, total, page, pageCount } = await listContentCourses(query);
  const filters = Object.fromEntries(
    Object.entries({ q: query.q, group: query.group?.toString(), level: query.level, questions: query.questions }).filter((e): e is [string, string] =>
      Boolean(e[1]),
    ),
  );
  const filtered = Object.keys(filters).length > 0;

  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-3xl font-bold tracking-tight">Content</h1>
        <Link href="/admin/content/subjects/new" className={buttonClass({ size: "sm" })}>
          New subject
        </Link>
      </div>
      <p className="mt-2 text-slate-700">
        Every SL and HL course. Open one for its topics, questions and flashcards, or its subject to edit the subject and add a level.
      </p>
      <CourseFilters query={query} />
      {invalid.length > 0 && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          Ignored an invalid {invalid.join(", ")}.
        </p>
      )}
      <p className="mt-4 text-sm text-slate-600" role="status">
        {total} {total === 1 ? "course" : "courses"}
        {filtered ? " match" : ""}
        {filtered && (
          <>
            {" · "}
            <Link href="/admin/content" className="text-brand-700 hover:underline">
              Clear the search
            </Link>
          </>
        )}
      </p>
      {items.length > 0 && (
        <ul className={cardClass("mt-2 divide-y divide-slate-100")} aria-label="Courses">
          {items.map((course) => (
            <li key={course.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-3">
              <div className="min-w-0">
                <Link href={`/admin/content/courses/${course.id}`} className="font-semibold text-brand-700 hover:underline">
                  {course.name}
                </Link>{" "}
                {course.archived && <span className="text-xs text-slate-600">(archived)</span>}
                <div className="text-xs text-slate-600">
                  Group {course.subject.group} ·{" "}
                  <Link href={`/admin/content/subjects/${course.subject.id}`} className="hover:underline">
                    {course.subject.name}
                    <span className="sr-only"> (subject)</span>
                  </Link>
                  {course.subject.archived && " (archived subject)"}
                </div>
              </div>
              <CourseSize course={course} />
            </li>
          ))}
        </ul>
      )}
      {items.length === 0 && <p className="mt-2 text-slate-700">No course matches this search.</p>}
      <PageLinks pathname="/admin/content" query={filters} page={page} pageCount={pageCount} label="Pages of courses" />
    </>
  );
}
