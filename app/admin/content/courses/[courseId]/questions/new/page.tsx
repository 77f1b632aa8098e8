import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireRolePage } from "@/lib/auth/current-user";
import { getCourseTopicTree } from "@/lib/admin/content/get-course-topic-tree";
import { QuestionEditor } from "@/app/admin/content/questions/_components/question-editor";

export const metadata: Metadata = { title: "New question · Content · Admin" };

export default async function NewQuestionPage({ params }: PageProps<"/admin/content/courses/[courseId]/questions/new">) {
  const { courseId } = await params;
  await requireRolePage(["ADMIN"], `/admin/content/courses/${courseId}/questions/new`);
  const tree = z.uuid().safeParse(courseId).success ? await getCourseTopicTree(courseId) : null;
  if (!tree) notFound();
  const topics = tree.flat.filter((t) => !t.archived).map((t) => ({ id: t.id, label: `${"— ".repeat(t.depth)}${t.code} ${t.title}` }));
  return (
    <>
      <p className="text-sm text-slate-600">
        <Link href={`/admin/content/courses/${courseId}/questions`} className="text-brand-700 hover:underline">
          {tree.course.name} questions
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">New question</h1>
      <p className="mt-2 text-slate-700">It is saved as a draft: students see it once it is published.</p>
      <div className="mt-6">
        {topics.length ? (
          <QuestionEditor courseId={courseId} topics={topics} papers={tree.papers} question={null} />
        ) : (
          <p>Add a topic to this course first: every question belongs to a topic.</p>
        )}
      </div>
    </>
  );
}
