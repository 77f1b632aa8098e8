import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireRolePage } from "@/lib/auth/current-user";
import { getCourseTopicTree, type AdminTopicNode } from "@/lib/admin/content/get-course-topic-tree";
import { ActionButton } from "@/app/_components/ui/action-button";
import { archiveTopicAction, moveTopicAction, restoreTopicAction } from "./actions";
import { MoveToParentForm } from "./_components/move-to-parent-form";
import { TopicForm } from "./_components/topic-form";
import { cardClass } from "@/app/_components/ui/card";

export const metadata: Metadata = { title: "Topics · Content · Admin" };

const label = (t: AdminTopicNode) => `${"— ".repeat(t.depth)}${t.code} ${t.title}`;

function Counts({ topic }: { topic: AdminTopicNode }) {
  const { published, draft, archived } = topic.questions;
  return (
    <span className="text-xs text-slate-600">
      {published} published, {draft} draft, {archived} archived questions
      {topic.children.length > 0 && ` (${topic.publishedInSubtree} published with subtopics)`} · {topic.flashcards.published} flashcards
    </span>
  );
}

type TreeContext = { courseId: string };

function TopicItem({ topic, context, siblings, index }: { topic: AdminTopicNode; context: TreeContext; siblings: number; index: number }) {
  const published = topic.publishedInSubtree + topic.flashcards.published;
  const name = `${topic.code} ${topic.title}`;
  return (
    <li className="mt-2">
      <div className={`rounded-md border p-3 ${topic.archived ? "border-dashed border-slate-300 bg-slate-50" : "border-slate-200 bg-white"}`}>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <span>
            <span className="font-semibold">{topic.code}</span> {topic.title} {topic.hlOnly && <span className="text-xs text-brand-700">HL</span>}{" "}
            {topic.archived && <span className="text-xs text-slate-600">(archived)</span>}
          </span>
          <Counts topic={topic} />
        </div>
        <div className="mt-2 flex flex-wrap items-center gap-2">
          {index > 0 && (
            <ActionButton action={moveTopicAction} values={{ id: topic.id, move: "up" }} label={`Move ${topic.code} up`}>
              ↑ Up
            </ActionButton>
          )}
          {index < siblings - 1 && (
            <ActionButton action={moveTopicAction} values={{ id: topic.id, move: "down" }} label={`Move ${topic.code} down`}>
              ↓ Down
            </ActionButton>
          )}
          {topic.archived ? (
            <ActionButton action={restoreTopicAction} values={{ id: topic.id }} label={`Restore ${name}`}>
              Restore
            </ActionButton>
          ) : (
            <ActionButton
              action={archiveTopicAction}
              values={{ id: topic.id }}
              variant="danger"
              label={`Archive ${name}`}
              confirm={
                published > 0 ? { id: `topic-${topic.id}-confirm`, label: `Also archive its ${published} published questions and flashcards` } : undefined
              }
            >
              Archive
            </ActionButton>
          )}
        </div>
        {!topic.archived && (
          <p className="mt-2 text-sm">
            <Link href={`/admin/content/courses/${context.courseId}/topics/${topic.id}/note`} className="text-brand-700 underline">
              {topic.note ? `Revision note (${topic.note.toLowerCase()})` : "Write a revision note"}
              <span className="sr-only"> for {name}</span>
            </Link>
          </p>
        )}
        <details className="mt-2">
          <summary className="cursor-pointer text-sm text-slate-700">Edit {topic.code}</summary>
          <div className="mt-2 space-y-3">
            <TopicForm courseId={context.courseId} topic={{ id: topic.id, code: topic.code, title: topic.title, hlOnly: topic.hlOnly }} />
          </div>
        </details>
      </div>
      {topic.children.length > 0 && (
        <ul className="ml-6" aria-label={`Subtopics of ${topic.code}`}>
          {topic.children.map((child, i) => (
            <TopicItem key={child.id} topic={child} context={context} siblings={topic.children.length} index={i} />
          ))}
        </ul>
      )}
    </li>
  );
}

export default async function CourseTopicsPage({ params }: PageProps<"/admin/content/courses/[courseId]/topics">) {
  const { courseId } = await params;
  await requireRolePage(["ADMIN"], `/admin/content/courses/${courseId}/topics`);
  const tree = z.uuid().safeParse(courseId).success ? await getCourseTopicTree(courseId) : null;
  if (!tree) notFound();
  const { course } = tree;
  const choices = tree.flat.filter((t) => !t.archived).map((t) => ({ id: t.id, label: label(t) }));
  const context: TreeContext = { courseId: course.id };
  return (
    <>
      <p className="text-sm text-slate-600">
        <Link href="/admin/content" className="text-brand-700 hover:underline">
          Content
        </Link>{" "}
        ·{" "}
        <Link href={`/admin/content/courses/${course.id}`} className="text-brand-700 hover:underline">
          {course.name}
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">
        {course.name}: topics {course.archived && <span className="text-base font-normal text-slate-600">(archived course)</span>}
      </h1>
      <nav aria-label="Course content" className="mt-2 flex gap-4 text-sm">
        <Link href={`/admin/content/courses/${course.id}/questions`} className="text-brand-700 hover:underline">
          Questions
        </Link>
        <Link href={`/admin/content/courses/${course.id}/flashcards`} className="text-brand-700 hover:underline">
          Flashcards
        </Link>
      </nav>
      <section aria-labelledby="add-topic" className={cardClass("mt-6 p-4")}>
        <h2 id="add-topic" className="text-lg font-semibold">
          Add a topic
        </h2>
        <p className="mt-1 text-sm text-slate-600">A new topic goes last under its parent; move it into place afterwards.</p>
        <div className="mt-3">
          <TopicForm courseId={course.id} parents={choices} />
        </div>
      </section>
      {choices.length > 0 && (
        <section aria-labelledby="move-topic-heading" className={cardClass("mt-4 p-4")}>
          <h2 id="move-topic-heading" className="text-lg font-semibold">
            Move a topic to another parent
          </h2>
          <p className="mt-1 text-sm text-slate-600">Its subtopics move with it; it goes last among its new siblings.</p>
          <div className="mt-3">
            <MoveToParentForm topics={choices} />
          </div>
        </section>
      )}
      <section aria-labelledby="tree" className="mt-8">
        <h2 id="tree" className="text-xl font-semibold">
          Syllabus tree
        </h2>
        {tree.topics.length === 0 ? (
          <p className="mt-2 text-slate-700">No topics yet.</p>
        ) : (
          <ul className="mt-2" aria-label={`Topics of ${course.name}`}>
            {tree.topics.map((topic, i) => (
              <TopicItem key={topic.id} topic={topic} context={context} siblings={tree.topics.length} index={i} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
