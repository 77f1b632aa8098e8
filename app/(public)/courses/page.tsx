import type { Metadata } from "next";
import Link from "next/link";
import { listCatalog } from "@/lib/catalog/list-catalog";

export const revalidate = 300;
export const metadata: Metadata = { title: "Courses", description: "Every IB Diploma subject at SL and HL, by subject group." };

export default async function CatalogPage() {
  const groups = await listCatalog();
  return (
    <div className="mx-auto max-w-6xl px-4 py-12">
      <h1 className="text-3xl font-bold tracking-tight">Courses</h1>
      <p className="mt-2 max-w-2xl text-slate-700">
        Every IB Diploma subject group, with each course at standard level (SL) and higher level (HL) and its syllabus topics.
      </p>
      {groups.map((group) => (
        <section key={group.group} aria-labelledby={`group-${group.group}`} className="mt-12">
          <h2 id={`group-${group.group}`} className="text-xl font-semibold text-brand-900">
            Group {group.group}: {group.name}
          </h2>
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {group.subjects.map((subject) => (
              <li key={subject.slug} className="flex flex-col rounded-lg border border-slate-200 p-5">
                <h3 className="font-semibold">{subject.name}</h3>
                <p className="mt-1 line-clamp-3 flex-1 text-sm text-slate-600">{subject.description}</p>
                <ul className="mt-4 flex flex-wrap gap-2" aria-label={`${subject.name} courses`}>
                  {subject.courses.map((course) => (
                    <li key={course.slug}>
                      <Link
                        href={`/courses/${course.slug}`}
                        className="inline-flex items-center gap-2 rounded-md border border-brand-100 bg-brand-50 px-3 py-1.5 text-sm font-medium text-brand-700 hover:border-brand-600"
                      >
                        {course.level}
                        <span className="text-xs font-normal text-slate-600">
                          {course.topicCount} topics · {course.questionCount ? `${course.questionCount} questions` : "No questions yet"}
                        </span>
                      </Link>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
