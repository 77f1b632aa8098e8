import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireRolePage } from "@/lib/auth/current-user";
import { getCourseTopicTree } from "@/lib/admin/content/get-course-topic-tree";
import { getQuestionForEditor } from "@/lib/admin/content/get-question-for-editor";
import { FormAlert } from "@/app/_components/ui/form-alert";
import { QuestionEditor } from "../_components/question-editor";
import { RichText } from "@/app/_components/rich-text";
import { cardClass } from "@/app/_components/ui/card";
import { printedLabel } from "@/lib/questions/printed-label";

export const metadata: Metadata = { title: "Edit question · Content · Admin" };

export default async function EditQuestionPage({ params, searchParams }: PageProps<"/admin/content/questions/[id]">) {
  const { id } = await params;
  await requireRolePage(["ADMIN"], `/admin/content/questions/${id}`);
  const question = z.uuid().safeParse(id).success ? await getQuestionForEditor(id) : null;
  if (!question) notFound();
  const tree = (await getCourseTopicTree(question.courseId))!;
  // Archived topics are not offered, except the one the question is on (it stays until moved).
  const topics = tree.flat
    .filter((t) => !t.archived || t.id === question.topicId)
    .map((t) => ({ id: t.id, label: `${"— ".repeat(t.depth)}${t.code} ${t.title}${t.archived ? " (archived)" : ""}` }));
  const created = (await searchParams).created === "1";
  return (
    <>
      <p className="text-sm text-slate-600">
        <Link href={`/admin/content/courses/${question.courseId}/questions`} className="text-brand-700 hover:underline">
          {question.course.name} questions
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">
        Question <span className="font-mono text-2xl">{question.key}</span>
      </h1>
      <p className="mt-1 text-sm text-slate-600">
        Version {question.version} · last saved {question.updatedAt.slice(0, 16).replace("T", " ")} UTC
        {question.publishedAt ? ` · first published ${question.publishedAt.slice(0, 10)}` : ""}
      </p>
      {question.part && (
        <section aria-label="Multi-part question" className={cardClass("mt-4 p-4")}>
          <p className="text-sm text-slate-700">
            Part <strong>{printedLabel(question.part.label)}</strong> of the multi-part question{" "}
            <Link href={`/admin/content/groups/${question.part.groupId}`} className="font-mono text-brand-700 hover:underline">
              {question.part.groupKey}
            </Link>
            . Parts:{" "}
            {question.part.siblings.map((s, i) => (
              <span key={s.id}>
                {i > 0 && " · "}
                {s.id === question.id ? (
                  <strong>{printedLabel(s.label)}</strong>
                ) : (
                  <Link href={`/admin/content/questions/${s.id}`} className="text-brand-700 hover:underline">
                    {printedLabel(s.label)}
                  </Link>
                )}
              </span>
            ))}
            . The context below is shared by every part: edit it, add or reorder parts and publish the whole question there. Its follow-through, if any, is kept
            when you save.
          </p>
          <RichText source={question.part.context} className="mt-3 border-l-4 border-slate-200 pl-3" />
        </section>
      )}
      {created && (
        <div className="mt-3">
          <FormAlert tone="success" message={question.status === "PUBLISHED" ? "Question created and published." : "Question created as a draft."} />
        </div>
      )}
      <div className="mt-6">
        <QuestionEditor key={question.id} courseId={question.courseId} topics={topics} papers={tree.papers} question={question} />
      </div>
    </>
  );
}
