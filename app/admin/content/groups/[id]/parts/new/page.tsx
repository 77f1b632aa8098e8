import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireRolePage } from "@/lib/auth/current-user";
import { getCourseTopicTree } from "@/lib/admin/content/get-course-topic-tree";
import { getQuestionGroupForEditor } from "@/lib/admin/content/get-question-group-for-editor";
import { printedLabel } from "@/lib/questions/printed-label";
import { RichText } from "@/app/_components/rich-text";
import { cardClass } from "@/app/_components/ui/card";
import { QuestionEditor } from "@/app/admin/content/questions/_components/question-editor";

export const metadata: Metadata = { title: "New part · Content · Admin" };

export default async function NewQuestionPartPage({ params, searchParams }: PageProps<"/admin/content/groups/[id]/parts/new">) {
  const { id } = await params;
  await requireRolePage(["ADMIN"], `/admin/content/groups/${id}/parts/new`);
  const group = z.uuid().safeParse(id).success ? await getQuestionGroupForEditor(id) : null;
  if (!group) notFound();
  const tree = (await getCourseTopicTree(group.courseId))!;
  const topics = tree.flat.filter((t) => !t.archived).map((t) => ({ id: t.id, label: `${"— ".repeat(t.depth)}${t.code} ${t.title}` }));
  const raw = (await searchParams).label;
  // The label is checked on save (a part label, not taken); here it only needs to be text.
  const label = (typeof raw === "string" ? raw : "").trim().slice(0, 10);
  return (
    <>
      <p className="text-sm text-slate-600">
        <Link href={`/admin/content/groups/${group.id}`} className="text-brand-700 hover:underline">
          Multi-part question {group.key}
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">New part {label ? printedLabel(label) : ""}</h1>
      <section aria-label="Context" className={cardClass("mt-4 p-4")}>
        <p className="text-sm text-slate-700">Shared by every part, shown above it:</p>
        <RichText source={group.context} className="mt-2 border-l-4 border-slate-200 pl-3" />
      </section>
      <div className="mt-6">
        <QuestionEditor
          courseId={group.courseId}
          topics={topics}
          papers={tree.papers.filter((p) => p.code === group.paper)}
          question={null}
          newPart={{ groupId: group.id, label, paper: group.paper, calculator: group.calculator }}
        />
      </div>
    </>
  );
}
