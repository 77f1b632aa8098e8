import type { Metadata } from "next";
import Link from "next/link";
import { requireRolePage } from "@/lib/auth/current-user";
import { subjectGroups } from "@/lib/catalog/catalog-input";
import { listContentSubjects, type ContentCourseRow, type ContentSubjectRow } from "@/lib/admin/content/list-content-subjects";
import { archiveCourse, archiveSubject } from "./actions";
import { ActionButton } from "./_components/action-button";
import { CourseForm } from "./_components/course-form";
import { SubjectForm } from "./_components/subject-form";

export const metadata: Metadata = { title: "Content · Admin" };

function CourseRow({ subject, course }: { subject: ContentSubjectRow; course: ContentCourseRow }) {
  return (
    <tr className="border-b border-slate-100 align-top">
      <td className="p-2">
        <span className="font-medium">{course.name}</span> {course.archived && <span className="text-xs text-slate-600">(archived)</span>}
        <div className="text-xs text-slate-600">/courses/{course.slug}</div>
      </td>
      <td className="p-2">{course.topicCount}</td>
      <td className="p-2">
        {course.questions.published} published · {course.questions.draft} draft · {course.questions.archived} archived
      </td>
      <td className="p-2">{course.flashcardCount}</td>
      <td className="p-2">
        <nav aria-label={`Manage ${course.name}`} className="flex flex-wrap gap-x-3 gap-y-1">
          <Link href={`/admin/content/courses/${course.id}/topics`} className="text-brand-700 hover:underline">
            Topics<span className="sr-only"> of {course.name}</span>
          </Link>
          <Link href={`/admin/content/courses/${course.id}/questions`} className="text-brand-700 hover:underline">
            Questions<span className="sr-only"> of {course.name}</span>
          </Link>
          <Link href={`/admin/content/courses/${course.id}/flashcards`} className="text-brand-700 hover:underline">
            Flashcards<span className="sr-only"> of {course.name}</span>
          </Link>
        </nav>
        <details className="mt-2">
          <summary className="cursor-pointer text-sm text-slate-700">Edit {course.name}</summary>
          <div className="mt-2 space-y-2">
            <CourseForm subject={{ id: subject.id, name: subject.name }} course={{ id: course.id, slug: course.slug, name: course.name }} />
            <ActionButton action={archiveCourse} values={{ id: course.id, archived: course.archived ? "" : "on" }} variant={course.archived ? "secondary" : "danger"} label={`${course.archived ? "Restore" : "Archive"} ${course.name}`}>
              {course.archived ? "Restore course" : "Archive course"}
            </ActionButton>
          </div>
        </details>
      </td>
    </tr>
  );
}

function SubjectSection({ subject }: { subject: ContentSubjectRow }) {
  const missingLevels = (["SL", "HL"] as const).filter((l) => !subject.courses.some((c) => c.level === l));
  const headingId = `subject-${subject.id}`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={headingId} className="text-lg font-semibold">
          {subject.name} {subject.archived && <span className="text-sm font-normal text-slate-600">(archived)</span>}
        </h3>
        <ActionButton action={archiveSubject} values={{ id: subject.id, archived: subject.archived ? "" : "on" }} variant={subject.archived ? "secondary" : "danger"} label={`${subject.archived ? "Restore" : "Archive"} ${subject.name}`}>
          {subject.archived ? "Restore subject" : "Archive subject"}
        </ActionButton>
      </div>
      <p className="mt-1 text-sm text-slate-700">{subject.description}</p>
      <details className="mt-2">
        <summary className="cursor-pointer text-sm text-slate-700">Edit {subject.name}</summary>
        <div className="mt-2">
          <SubjectForm subject={{ id: subject.id, slug: subject.slug, name: subject.name, group: subject.group, description: subject.description }} />
        </div>
      </details>
      {subject.courses.length > 0 && (
        <table className="mt-4 w-full text-left text-sm">
          <caption className="sr-only">Courses of {subject.name}</caption>
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th className="p-2 font-medium">Course</th>
              <th className="p-2 font-medium">Topics</th>
              <th className="p-2 font-medium">Questions</th>
              <th className="p-2 font-medium">Flashcards</th>
              <th className="p-2 font-medium">Manage</th>
            </tr>
          </thead>
          <tbody>
            {subject.courses.map((course) => (
              <CourseRow key={course.id} subject={subject} course={course} />
            ))}
          </tbody>
        </table>
      )}
      {missingLevels.length > 0 && (
        <div className="mt-4">
          <h4 className="text-sm font-semibold">Add a course</h4>
          <CourseForm subject={{ id: subject.id, name: subject.name }} levels={[...missingLevels]} />
        </div>
      )}
    </section>
  );
}

export default async function ContentPage() {
  await requireRolePage(["ADMIN"], "/admin/content");
  const subjects = await listContentSubjects();
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Content</h1>
      <p className="mt-2 text-slate-700">Subjects and their SL and HL courses. Open a course&apos;s topics, questions or flashcards to edit them.</p>
      <section aria-labelledby="new-subject" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="new-subject" className="text-lg font-semibold">
          New subject
        </h2>
        <div className="mt-3">
          <SubjectForm />
        </div>
      </section>
      {Object.entries(subjectGroups).map(([group, name]) => {
        const inGroup = subjects.filter((s) => s.group === Number(group));
        if (!inGroup.length) return null;
        return (
          <section key={group} aria-labelledby={`group-${group}`} className="mt-10">
            <h2 id={`group-${group}`} className="text-xl font-semibold text-brand-900">
              Group {group}: {name}
            </h2>
            <div className="mt-4 space-y-4">
              {inGroup.map((subject) => (
                <SubjectSection key={subject.id} subject={subject} />
              ))}
            </div>
          </section>
        );
      })}
    </>
  );
}
