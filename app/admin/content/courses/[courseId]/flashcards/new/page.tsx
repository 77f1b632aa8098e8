import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireRolePage } from "@/lib/auth/current-user";
import { getCourseTopicTree } from "@/lib/admin/content/get-course-topic-tree";
import { FlashcardEditor } from "@/app/admin/content/flashcards/_components/flashcard-editor";

export const metadata: Metadata = { title: "New flashcard · Content · Admin" };

export default async function NewFlashcardPage({ params }: PageProps<"/admin/content/courses/[courseId]/flashcards/new">) {
  const { courseId } = await params;
  await requireRolePage(["ADMIN"], `/admin/content/courses/${courseId}/flashcards/new`);
  const tree = z.uuid().safeParse(courseId).success ? await getCourseTopicTree(courseId) : null;
  if (!tree) notFound();
  const topics = tree.flat.filter((t) => !t.archived).map((t) => ({ id: t.id, label: `${"— ".repeat(t.depth)}${t.code} ${t.title}` }));
  return (
    <>
      <p className="text-sm text-slate-600">
        <Link href={`/admin/content/courses/${courseId}/flashcards`} className="text-brand-700 hover:underline">
          {tree.course.name} flashcards
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">New flashcard</h1>
      <div className="mt-6">
        {topics.length ? <FlashcardEditor courseId={courseId} topics={topics} card={null} /> : <p>Add a topic to this course first.</p>}
      </div>
    </>
  );
}
