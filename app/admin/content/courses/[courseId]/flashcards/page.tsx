import type { Metadata } from "next";
import Link from "next/link";
import { CourseContentHeader } from "../_components/course-content-header";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireRolePage } from "@/lib/auth/current-user";
import { getCourseTopicTree } from "@/lib/admin/content/get-course-topic-tree";
import { adminFlashcardQuery, listAdminFlashcards } from "@/lib/admin/content/list-admin-flashcards";
import { SelectInput, StatusBadge, TextInput } from "@/app/_components/ui/fields";
import { buttonClass } from "@/app/_components/ui/button";
import { DataTable } from "@/app/_components/ui/data-table";
import { CursorPager } from "@/app/_components/ui/cursor-pager";
import { cardClass } from "@/app/_components/ui/card";

export const metadata: Metadata = { title: "Flashcards · Content · Admin" };

export default async function CourseFlashcardsPage({ params, searchParams }: PageProps<"/admin/content/courses/[courseId]/flashcards">) {
  const { courseId } = await params;
  await requireRolePage(["ADMIN"], `/admin/content/courses/${courseId}/flashcards`);
  const tree = z.uuid().safeParse(courseId).success ? await getCourseTopicTree(courseId) : null;
  if (!tree) notFound();
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = adminFlashcardQuery.safeParse({ ...raw, course: courseId });
  const query = parsed.success ? parsed.data : adminFlashcardQuery.parse({ course: courseId });
  const { items, nextCursor } = await listAdminFlashcards(query);
  const sameSearch = Object.fromEntries(Object.entries({ topic: query.topic, status: query.status, q: query.q }).filter(([, v]) => v)) as Record<
    string,
    string
  >;
  const base = `/admin/content/courses/${courseId}/flashcards` as const;

  return (
    <>
      <CourseContentHeader courseId={courseId} courseName={tree.course.name} kind="flashcards" />
      <form role="search" aria-label="Filter flashcards" className={cardClass("mt-6 grid gap-3 p-4 sm:grid-cols-4")}>
        <SelectInput
          id="filter-topic"
          name="topic"
          label="Topic"
          defaultValue={query.topic ?? ""}
          options={[{ value: "", label: "All topics" }, ...tree.flat.map((t) => ({ value: t.id, label: `${"— ".repeat(t.depth)}${t.code} ${t.title}` }))]}
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
        <TextInput id="filter-q" name="q" type="search" label="Key or text contains" defaultValue={query.q ?? ""} />
        <div className="flex items-end">
          <button type="submit" className={buttonClass()}>
            Filter
          </button>
        </div>
      </form>
      {!parsed.success && <p className="mt-2 text-sm text-red-700">Some filters were invalid and were ignored: {parsed.error.issues[0]?.message}.</p>}
      {items.length === 0 ? (
        <p className="mt-6 text-slate-700">No flashcards match.</p>
      ) : (
        <DataTable
          caption={`Flashcards of ${tree.course.name}`}
          className="mt-6"
          headers={["Card", "Topic", "Status"]}
          alignTop
          columnClasses={{ 0: "max-w-md" }}
          rowKeys={items.map((card) => card.id)}
          rows={items.map((card) => [
            <>
              <Link href={`/admin/content/flashcards/${card.id}`} className="font-mono text-xs font-semibold text-brand-700 hover:underline">
                {card.key}
              </Link>
              <p className="mt-1 text-slate-800">{card.front}</p>
            </>,
            `${card.topic.code} ${card.topic.title}`,
            <StatusBadge key="status" status={card.status} />,
          ])}
        />
      )}
      <CursorPager
        label="More flashcards"
        links={[
          nextCursor && { text: "Next page", href: { pathname: base, query: { ...sameSearch, cursor: nextCursor } } },
          query.cursor && { text: "First page", href: { pathname: base, query: sameSearch } },
        ]}
      />
    </>
  );
}
