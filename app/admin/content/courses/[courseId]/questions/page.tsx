import type { Metadata } from "next";
import Link from "next/link";
import { CourseContentHeader } from "../_components/course-content-header";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireRolePage } from "@/lib/auth/current-user";
import { getCourseTopicTree } from "@/lib/admin/content/get-course-topic-tree";
import { adminQuestionQuery, listAdminQuestions } from "@/lib/admin/content/list-admin-questions";
import { RichText } from "@/app/_components/rich-text";
import { SelectInput, StatusBadge, TextInput } from "@/app/_components/ui/fields";
import { buttonClass } from "@/app/_components/ui/button";
import { DataTable } from "@/app/_components/ui/data-table";
import { CursorPager } from "@/app/_components/ui/cursor-pager";
import { cardClass } from "@/app/_components/ui/card";
import { printedLabel } from "@/lib/questions/printed-label";

export const metadata: Metadata = { title: "Questions · Content · Admin" };

const typeLabel = { MCQ: "Multiple choice", NUMERIC: "Numeric", WRITTEN: "Written" } as const;

export default async function CourseQuestionsPage({ params, searchParams }: PageProps<"/admin/content/courses/[courseId]/questions">) {
  const { courseId } = await params;
  await requireRolePage(["ADMIN"], `/admin/content/courses/${courseId}/questions`);
  const tree = z.uuid().safeParse(courseId).success ? await getCourseTopicTree(courseId) : null;
  if (!tree) notFound();
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = adminQuestionQuery.safeParse({ ...raw, course: courseId });
  const query = parsed.success ? parsed.data : adminQuestionQuery.parse({ course: courseId });
  const { items, nextCursor } = await listAdminQuestions(query);
  const sameSearch = Object.fromEntries(
    Object.entries({ topic: query.topic, status: query.status, type: query.type, q: query.q }).filter(([, v]) => v),
  ) as Record<string, string>;
  const base = `/admin/content/courses/${courseId}/questions` as const;

  return (
    <>
      <CourseContentHeader courseId={courseId} courseName={tree.course.name} kind="questions" />
      <form role="search" aria-label="Filter questions" className={cardClass("mt-6 grid gap-3 p-4 sm:grid-cols-5")}>
        <SelectInput
          id="filter-topic"
          name="topic"
          label="Topic"
          defaultValue={query.topic ?? ""}
          options={[
            { value: "", label: "All topics" },
            ...tree.flat.map((t) => ({ value: t.id, label: `${"— ".repeat(t.depth)}${t.code} ${t.title}${t.archived ? " (archived)" : ""}` })),
          ]}
        />
        <SelectInput
          id="filter-status"
          name="status"
          label="Status"
          defaultValue={query.status ?? ""}
          options={[
            { value: "", label: "Any status" },
            { value: "DRAFT", label: "Draft" },
            { value: "PUBLISHED", label: "Published" },
            { value: "ARCHIVED", label: "Archived" },
          ]}
        />
        <SelectInput
          id="filter-type"
          name="type"
          label="Type"
          defaultValue={query.type ?? ""}
          options={[{ value: "", label: "Any type" }, ...Object.entries(typeLabel).map(([value, label]) => ({ value, label }))]}
        />
        <TextInput id="filter-q" name="q" type="search" label="Key or stem contains" defaultValue={query.q ?? ""} />
        <div className="flex items-end">
          <button type="submit" className={buttonClass()}>
            Filter
          </button>
        </div>
      </form>
      {!parsed.success && <p className="mt-2 text-sm text-red-700">Some filters were invalid and were ignored: {parsed.error.issues[0]?.message}.</p>}
      {items.length === 0 ? (
        <p className="mt-6 text-slate-700">No questions match. Clear a filter or add a question.</p>
      ) : (
        <DataTable
          caption={`Questions of ${tree.course.name}`}
          className="mt-6"
          headers={["Question", "Topic", "Type", "Status", "Marks", { label: "Actions", hidden: true }]}
          alignTop
          columnClasses={{ 0: "max-w-md" }}
          rowKeys={items.map((q) => q.id)}
          rows={items.map((q) => [
            <>
              <Link href={`/admin/content/questions/${q.id}`} className="font-mono text-xs font-semibold text-brand-700 hover:underline">
                {q.key}
              </Link>
              {q.part && (
                <p className="text-xs text-slate-600">
                  Part {printedLabel(q.part.label)} of{" "}
                  <Link href={`/admin/content/groups/${q.part.groupId}`} className="font-mono text-brand-700 hover:underline">
                    {q.part.groupKey}
                  </Link>
                </p>
              )}
              <RichText source={q.stemPreview} className="mt-1 text-slate-800" />
            </>,
            `${q.topic.code} ${q.topic.title}`,
            typeLabel[q.type],
            <>
              <StatusBadge status={q.status} /> <span className="text-xs text-slate-600">v{q.version}</span>
            </>,
            q.marks,
            <Link key="preview" href={`/admin/content/questions/${q.id}/preview`} className="text-brand-700 hover:underline">
              Preview<span className="sr-only"> {q.key} as a student</span>
            </Link>,
          ])}
        />
      )}
      <CursorPager
        label="More questions"
        links={[
          nextCursor && { text: "Next page", href: { pathname: base, query: { ...sameSearch, cursor: nextCursor } } },
          query.cursor && { text: "First page", href: { pathname: base, query: sameSearch } },
        ]}
      />
    </>
  );
}
