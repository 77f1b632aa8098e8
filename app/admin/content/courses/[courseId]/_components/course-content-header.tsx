import type { Route } from "next";
import Link from "next/link";
import { buttonClass } from "@/app/_components/ui/button";

/** Breadcrumb, heading and "New …" button shared by a course's question and flashcard lists. */
export function CourseContentHeader({ courseId, courseName, kind }: { courseId: string; courseName: string; kind: "questions" | "flashcards" }) {
  const singular = kind === "questions" ? "question" : "flashcard";
  return (
    <>
      <p className="text-sm text-slate-600">
        <Link href="/admin/content" className="text-brand-700 hover:underline">
          Content
        </Link>{" "}
        ·{" "}
        <Link href={`/admin/content/courses/${courseId}` as Route} className="text-brand-700 hover:underline">
          {courseName}
        </Link>{" "}
        ·{" "}
        <Link href={`/admin/content/courses/${courseId}/topics` as Route} className="text-brand-700 hover:underline">
          Topics
        </Link>
      </p>
      <div className="mt-1 flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-3xl font-bold tracking-tight">
          {courseName}: {kind}
        </h1>
        <div className="flex flex-wrap gap-2">
          {kind === "questions" && (
            <Link href={`/admin/content/courses/${courseId}/groups/new` as Route} className={buttonClass({ size: "sm", variant: "secondary" })}>
              New multi-part question
            </Link>
          )}
          <Link href={`/admin/content/courses/${courseId}/${kind}/new` as Route} className={buttonClass({ size: "sm" })}>
            New {singular}
          </Link>
        </div>
      </div>
    </>
  );
}
