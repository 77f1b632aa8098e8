import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireRolePage } from "@/lib/auth/current-user";
import { getCourseTopicTree } from "@/lib/admin/content/get-course-topic-tree";
import { GroupForm } from "@/app/admin/content/groups/_components/group-form";

export const metadata: Metadata = { title: "New multi-part question · Content · Admin" };

export default async function NewQuestionGroupPage({ params }: PageProps<"/admin/content/courses/[courseId]/groups/new">) {
  const { courseId } = await params;
  await requireRolePage(["ADMIN"], `/admin/content/courses/${courseId}/groups/new`);
  const tree = z.uuid().safeParse(courseId).success ? await getCourseTopicTree(courseId) : null;
  if (!tree) notFound();
  return (
    <>
      <p className="text-sm text-slate-600">
        <Link href={`/admin/content/courses/${courseId}/questions`} className="text-brand-700 hover:underline">
          {tree.course.name} questions
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">New multi-part question</h1>
      <p className="mt-2 text-slate-700">
        Write the context every part shares, then add the parts one by one. It stays a draft until you publish the whole question.
      </p>
      <div className="mt-6">
        <GroupForm mode="create" courseId={courseId} papers={tree.papers} />
      </div>
    </>
  );
}
