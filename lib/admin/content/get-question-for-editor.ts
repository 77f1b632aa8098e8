import { db } from "@/lib/db/prisma";
import { questionRecordSelect } from "@/lib/admin/content/question-record";
import { contentOfStoredQuestion, type QuestionContent } from "@/lib/questions/question-content";

export type EditorQuestion = QuestionContent & {
  id: string;
  key: string;
  courseId: string;
  course: { slug: string; name: string };
  topic: { code: string; title: string };
  status: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  version: number;
  publishedAt: string | null;
  updatedAt: string;
  /** Set for a part of a multi-part question: the editor edits the part and shows the rest around it. */
  part: { label: string; groupId: string; groupKey: string; context: string; siblings: { id: string; label: string }[] } | null;
};

/** A question in any status with its markscheme, as the editor and the student preview need it, or null. */
export async function getQuestionForEditor(id: string): Promise<EditorQuestion | null> {
  const row = await db.$primary().question.findUnique({
    where: { id },
    select: {
      ...questionRecordSelect,
      updatedAt: true,
      partLabel: true,
      course: { select: { slug: true, name: true } },
      topic: { select: { code: true, title: true } },
      group: { select: { id: true, key: true, context: true, parts: { orderBy: { partIndex: "asc" }, select: { id: true, partLabel: true } } } },
    },
  });
  if (!row) return null;
  return {
    ...contentOfStoredQuestion(row),
    id: row.id,
    key: row.key,
    courseId: row.courseId,
    course: row.course,
    topic: row.topic,
    status: row.status,
    version: row.version,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    part: row.group
      ? {
          label: row.partLabel ?? "",
          groupId: row.group.id,
          groupKey: row.group.key,
          context: row.group.context,
          siblings: row.group.parts.map((p) => ({ id: p.id, label: p.partLabel ?? "" })),
        }
      : null,
  };
}
