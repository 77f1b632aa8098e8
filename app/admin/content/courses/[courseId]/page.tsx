import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireRolePage } from "@/lib/auth/current-user";
import { getCourseTopicTree, type AdminTopicNode } from "@/lib/admin/content/get-course-topic-tree";
import { archiveCourse } from "../../actions";
import { ActionButton } from "@/app/_components/ui/action-button";
import { CourseForm } from "../../_components/course-form";
import { buttonClass } from "@/app/_components/ui/button";
import { StatGrid } from "@/app/_components/ui/stat-grid";
import { cardClass } from "@/app/_components/ui/card";

export const metadata: Metadata = { title: "Course · Content · Admin" };

const countDescendants = (t: AdminTopicNode): number => t.children.reduce((n, c) => n + 1 + countDescendants(c), 0);

/** A course's page in the content admin: its topics at a glance, where to edit them, and the course's own settings. */
export default async function CourseContentPage({ params }: PageProps<"/admin/content/courses/[courseId]">) {
  const { courseId } = await params;
  await requireRolePage(["ADMIN"], `/admin/content/courses/${courseId}`);
  const tree = z.uuid().safeParse(courseId).success ? await getCourseTopicTree(courseId) : null;
  if (!tree) notFound();
  const { course } = tree;
  const live = tree.flat.filter((t) => !t.archived);
  const sum = (pick: (t: AdminTopicNode) => number) => live.reduce((n, t) => n + pick(t), 0);
  const stats = [
    { label: "Topics", value: live.length },
    { label: "Published questions", value: sum((t) => t.questions.published) },
    { label: "Draft questions", value: sum((t) => t.questions.draft) },
    { label: "Published flashcards", value: sum((t) => t.flashcards.published) },
  ];

  return (
    <>
      <p className="text-sm text-slate-600">
        <Link href="/admin/content" className="text-brand-700 hover:underline">
          Content
        </Link>{" "}
        ·{" "}
        <Link href={`/admin/content/subjects/${course.subject.id}`} className="text-brand-700 hover:underline">
          {course.subject.name}
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">
        {course.name} {course.archived && <span className="text-base font-normal text-slate-600">(archived)</span>}
      </h1>
      <p className="mt-1 text-sm text-slate-600">
        {course.level} · /courses/{course.slug} · papers {tree.papers.map((p) => p.code).join(", ") || "none"}
      </p>
      <nav aria-label="Course content" className="mt-4 flex flex-wrap gap-2 text-sm">
        {(["topics", "questions", "flashcards"] as const).map((kind) => (
          <Link key={kind} href={`/admin/content/courses/${course.id}/${kind}`} className={buttonClass({ variant: "secondary", size: "sm" })}>
            Edit {kind}
            <span className="sr-only"> of {course.name}</span>
          </Link>
        ))}
      </nav>
      <StatGrid stats={stats} />

      <section aria-labelledby="course-topics" className="mt-8">
        <h2 id="course-topics" className="text-xl font-semibold">
          Topics
        </h2>
        {tree.topics.length === 0 ? (
          <p className="mt-2 text-slate-700">
            No topics yet:{" "}
            <Link href={`/admin/content/courses/${course.id}/topics`} className="text-brand-700 hover:underline">
              add the first
            </Link>
            .
          </p>
        ) : (
          <ul className={cardClass("mt-2 divide-y divide-slate-100")} aria-label={`Topics of ${course.name}`}>
            {tree.topics.map((t) => (
              <li key={t.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-2">
                <span className={t.archived ? "text-slate-500" : undefined}>
                  <span className="font-semibold">{t.code}</span> {t.title} {t.hlOnly && <span className="text-xs text-brand-700">HL</span>}
                  {t.archived && <span className="text-xs"> (archived)</span>}
                </span>
                <span className="text-sm text-slate-600">
                  {countDescendants(t)} subtopics · {t.publishedInSubtree} published questions
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="course-settings" className={cardClass("mt-8 p-4")}>
        <h2 id="course-settings" className="text-lg font-semibold">
          Course settings
        </h2>
        <div className="mt-3 space-y-3">
          <CourseForm subject={{ id: course.subject.id, name: course.subject.name }} course={{ id: course.id, slug: course.slug, name: course.name }} />
          <ActionButton
            action={archiveCourse}
            values={{ id: course.id, archived: course.archived ? "" : "on" }}
            variant={course.archived ? "secondary" : "danger"}
            label={`${course.archived ? "Restore" : "Archive"} ${course.name}`}
          >
            {course.archived ? "Restore course" : "Archive course"}
          </ActionButton>
        </div>
      </section>
    </>
  );
}
