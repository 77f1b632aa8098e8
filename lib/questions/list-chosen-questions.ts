import { db } from "@/lib/db/prisma";

export type ChosenQuestion = {
  id: string;
  course: { name: string };
  topic: { code: string; title: string };
  type: "MCQ" | "NUMERIC" | "WRITTEN";
  marks: number;
  difficulty: number;
  /** Markdown with LaTeX, as the student will answer it. */
  stem: string;
  options: { id: string; text: string }[] | null;
};

/**
 * The published questions a student picked in the bank, in the order picked, as they will see them
 * before answering: nothing that gives the answer away. Ids that are not (or no longer) published are
 * left out; the caller says so. Reads the replica: published content, not the student's own write.
 */
export async function listChosenQuestions(ids: string[]): Promise<ChosenQuestion[]> {
  if (!ids.length) return [];
  const rows = await db.$replica().question.findMany({
    where: { id: { in: ids }, status: "PUBLISHED" },
    select: {
      id: true,
      type: true,
      marks: true,
      difficulty: true,
      stem: true,
      options: true,
      course: { select: { name: true } },
      topic: { select: { code: true, title: true } },
    },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const options = Array.isArray(r.options) ? (r.options as { id: string; text: string }[]).map((o) => ({ id: o.id, text: o.text })) : null;
    return [{ ...r, options }];
  });
}
