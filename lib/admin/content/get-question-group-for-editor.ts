import { db } from "@/lib/db/prisma";
import type { NumericAnswerContent } from "@/lib/questions/question-content";

export type EditorQuestionGroup = {
  id: string;
  key: string;
  courseId: string;
  course: { name: string };
  paper: string;
  calculator: boolean;
  context: string;
  status: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  version: number;
  updatedAt: string;
  /** In paper order; archived parts last (they are out of the question). */
  parts: { id: string; label: string; status: "DRAFT" | "PUBLISHED" | "ARCHIVED"; type: string; marks: number; stem: string; followsFrom: string[] }[];
};

/** A multi-part question with its parts, as the group editor needs it (from the primary: right after a save). */
export async function getQuestionGroupForEditor(id: string): Promise<EditorQuestionGroup | null> {
  const row = await db.$primary().questionGroup.findUnique({
    where: { id },
    select: {
      id: true,
      key: true,
      courseId: true,
      course: { select: { name: true } },
      paper: true,
      calculator: true,
      context: true,
      status: true,
      version: true,
      updatedAt: true,
      parts: {
        orderBy: { partIndex: "asc" },
        select: { id: true, partLabel: true, status: true, type: true, marks: true, stem: true, numericAnswer: true },
      },
    },
  });
  if (!row) return null;
  const parts = row.parts.map((p) => ({
    id: p.id,
    label: p.partLabel ?? "",
    status: p.status,
    type: p.type,
    marks: p.marks,
    stem: p.stem,
    followsFrom: (p.numericAnswer as NumericAnswerContent | null)?.followThrough?.from ?? [],
  }));
  return {
    ...row,
    updatedAt: row.updatedAt.toISOString(),
    parts: [...parts.filter((p) => p.status !== "ARCHIVED"), ...parts.filter((p) => p.status === "ARCHIVED")],
  };
}
