import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireRolePage } from "@/lib/auth/current-user";
import { getTopicNoteForEditor } from "@/lib/admin/content/get-topic-note-for-editor";
import { StatusBadge } from "@/app/_components/ui/fields";
import { TopicNoteEditor } from "./_components/topic-note-editor";

export const metadata: Metadata = { title: "Revision note · Content · Admin" };

export default async function TopicNotePage({ params }: PageProps<"/admin/content/courses/[courseId]/topics/[topicId]/note">) {
  const { courseId, topicId } = await params;
  await requireRolePage(["ADMIN"], `/admin/content/courses/${courseId}/topics/${topicId}/note`);
  const editing = z.uuid().safeParse(topicId).success ? await getTopicNoteForEditor(topicId) : null;
  if (!editing || editing.topic.courseId !== courseId) notFound();
  const { topic, note } = editing;
  const publicPath = `/courses/${topic.course.slug}/topics/${encodeURIComponent(topic.code)}`;
  return (
    <>
      <p className="text-sm text-slate-600">
        <Link href={`/admin/content/courses/${courseId}/topics`} className="text-brand-700 underline">
          {topic.course.name} topics
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">
        {topic.code} {topic.title}
      </h1>
      <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-700">
        {note ? (
          <>
            Revision note <StatusBadge status={note.status} /> version {note.version}
            {note.seeded && " · from the seed files (saving here keeps your version: the seed will no longer overwrite it)"}
            {note.status === "PUBLISHED" && (
              <Link href={publicPath as never} className="text-brand-700 underline">
                Open the public page
              </Link>
            )}
          </>
        ) : (
          "No revision note yet: write one below. It stays a draft until you publish it."
        )}
      </p>
      <div className="mt-6">
        <TopicNoteEditor topicId={topic.id} note={note ? { body: note.body, status: note.status, version: note.version } : null} />
      </div>
    </>
  );
}
