import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireRolePage } from "@/lib/auth/current-user";
import { getCourseTopicTree } from "@/lib/admin/content/get-course-topic-tree";
import { getFlashcardForEditor } from "@/lib/admin/content/get-flashcard-for-editor";
import { FormAlert } from "@/app/_components/ui/form-alert";
import { FlashcardEditor } from "../_components/flashcard-editor";

export const metadata: Metadata = { title: "Edit flashcard · Content · Admin" };

export default async function EditFlashcardPage({ params, searchParams }: PageProps<"/admin/content/flashcards/[id]">) {
  const { id } = await params;
  await requireRolePage(["ADMIN"], `/admin/content/flashcards/${id}`);
  const card = z.uuid().safeParse(id).success ? await getFlashcardForEditor(id) : null;
  if (!card) notFound();
  const tree = (await getCourseTopicTree(card.courseId))!;
  const topics = tree.flat
    .filter((t) => !t.archived || t.id === card.topicId)
    .map((t) => ({ id: t.id, label: `${"— ".repeat(t.depth)}${t.code} ${t.title}${t.archived ? " (archived)" : ""}` }));
  return (
    <>
      <p className="text-sm text-slate-600">
        <Link href={`/admin/content/courses/${card.courseId}/flashcards`} className="text-brand-700 hover:underline">
          {card.course.name} flashcards
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">
        Flashcard <span className="font-mono text-2xl">{card.key}</span>
      </h1>
      {(await searchParams).created === "1" && (
        <div className="mt-3">
          <FormAlert tone="success" message={card.status === "PUBLISHED" ? "Flashcard created and published." : "Flashcard created as a draft."} />
        </div>
      )}
      <div className="mt-6">
        <FlashcardEditor key={card.id} courseId={card.courseId} topics={topics} card={card} />
      </div>
    </>
  );
}
