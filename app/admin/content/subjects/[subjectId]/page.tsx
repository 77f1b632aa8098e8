import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireRolePage } from "@/lib/auth/current-user";
import { subjectGroups } from "@/lib/catalog/catalog-input";
import { getContentSubject } from "@/lib/admin/content/get-content-subject";
import { archiveSubject } from "../../actions";
import { ActionButton } from "@/app/_components/ui/action-button";
import { CourseForm } from "../../_components/course-form";
import { CourseSize } from "../../_components/course-size";
import { SubjectForm } from "../../_components/subject-form";
import { cardClass } from "@/app/_components/ui/card";

export const metadata: Metadata = { title: "Subject · Content · Admin" };

/** A subject's page in the content admin: its courses, a form for a missing level, and the subject's own settings. */
export default async function SubjectContentPage({ params }: PageProps<"/admin/content/subjects/[subjectId]">) {
  const { subjectId } = await params;
  await requireRolePage(["ADMIN"], `/admin/content/subjects/${subjectId}`);
  const subject = z.uuid().safeParse(subjectId).success ? await getContentSubject(subjectId) : null;
  if (!subject) notFound();
  const missingLevels = (["SL", "HL"] as const).filter((l) => !subject.courses.some((c) => c.level === l));
  const groupName = subjectGroups[subject.group as keyof typeof subjectGroups];

  return (
    <>
      <p className="text-sm text-slate-600">
        <Link href="/admin/content" className="text-brand-700 underline hover:no-underline">
          Content
        </Link>{" "}
        · Group {subject.group}: {groupName}
      </p>
      <div className="mt-1 flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-3xl font-bold tracking-tight">
          {subject.name} {subject.archived && <span className="text-base font-normal text-slate-600">(archived)</span>}
        </h1>
        <ActionButton
          action={archiveSubject}
          values={{ id: subject.id, archived: subject.archived ? "" : "on" }}
          variant={subject.archived ? "secondary" : "danger"}
          label={`${subject.archived ? "Restore" : "Archive"} ${subject.name}`}
        >
          {subject.archived ? "Restore subject" : "Archive subject"}
        </ActionButton>
      </div>
      <p className="mt-2 text-slate-700">{subject.description}</p>

      <section aria-labelledby="subject-courses" className="mt-8">
        <h2 id="subject-courses" className="text-xl font-semibold">
          Courses
        </h2>
        {subject.courses.length > 0 ? (
          <ul className={cardClass("mt-2 divide-y divide-slate-100")} aria-label={`Courses of ${subject.name}`}>
            {subject.courses.map((course) => (
              <li key={course.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-3">
                <span>
                  <Link href={`/admin/content/courses/${course.id}`} className="font-semibold text-brand-700 hover:underline">
                    {course.name}
                  </Link>{" "}
                  {course.archived && <span className="text-xs text-slate-600">(archived)</span>}
                </span>
                <CourseSize course={course} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-slate-700">No courses yet: add the first below.</p>
        )}
        {missingLevels.length > 0 && (
          <div className={cardClass("mt-4 p-4")}>
            <h3 className="text-sm font-semibold">Add a course</h3>
            <div className="mt-2">
              <CourseForm subject={{ id: subject.id, name: subject.name }} levels={[...missingLevels]} />
            </div>
          </div>
        )}
      </section>

      <section aria-labelledby="subject-settings" className={cardClass("mt-8 p-4")}>
        <h2 id="subject-settings" className="text-lg font-semibold">
          Subject settings
        </h2>
        <div className="mt-3">
          <SubjectForm subject={{ id: subject.id, slug: subject.slug, name: subject.name, group: subject.group, description: subject.description }} />
        </div>
      </section>
    </>
  );
}
