import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";
import { pageFields, toPage, type Page } from "@/lib/pagination/page-query";
import { stemPreview } from "@/lib/questions/list-questions";
import { subtreeIds } from "@/lib/admin/content/layout-topic-tree";
import { questionTypes } from "@/lib/admin/content/question-fields";

const blank = (v: unknown) => (v === "" ? undefined : v);

export const adminQuestionQuery = z.object({
  course: z.uuid({ error: "course must be a course id" }),
  /** A topic id: its subtopics' questions are included. */
  topic: z.preprocess(blank, z.uuid({ error: "topic must be a topic id" }).optional()),
  status: z.preprocess(blank, z.enum(["DRAFT", "PUBLISHED", "ARCHIVED"], { error: "status must be DRAFT, PUBLISHED or ARCHIVED" }).optional()),
  type: z.preprocess(blank, z.enum(questionTypes, { error: "type must be MCQ, NUMERIC or WRITTEN" }).optional()),
  /** Part of the key or of the stem, any case. */
  q: z.preprocess(blank, z.string().trim().max(200, "Keep the search under 200 characters").optional()),
  ...pageFields({ defaultLimit: 25, maxLimit: 100 }),
});
export type AdminQuestionQuery = z.output<typeof adminQuestionQuery>;

export type AdminQuestionRow = {
  id: string;
  key: string;
  type: "MCQ" | "NUMERIC" | "WRITTEN";
  status: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  version: number;
  marks: number;
  difficulty: number;
  paper: string;
  topic: { id: string; code: string; title: string };
  stemPreview: string;
  updatedAt: string;
  /** Set for a part of a multi-part question: its label and the question it belongs to. */
  part: { label: string; groupId: string; groupKey: string } | null;
};

/** A course's questions in every status for the admin list, newest first, keyset-paginated by id. */
export async function listAdminQuestions(query: AdminQuestionQuery): Promise<Page<AdminQuestionRow>> {
  const primary = db.$primary();
  let topicIds: string[] | undefined;
  if (query.topic) {
    const topics = await primary.topic.findMany({ where: { courseId: query.course }, select: { id: true, parentId: true } });
    topicIds = topics.some((t) => t.id === query.topic) ? [...subtreeIds(topics, query.topic)] : [];
  }
  const where: Prisma.QuestionWhereInput = {
    courseId: query.course,
    ...(topicIds ? { topicId: { in: topicIds } } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(query.type ? { type: query.type } : {}),
    ...(query.q ? { OR: [{ key: { contains: query.q, mode: "insensitive" } }, { stem: { contains: query.q, mode: "insensitive" } }] } : {}),
    ...(query.cursor ? { id: { lt: query.cursor } } : {}),
  };
  const rows = await primary.question.findMany({
    where,
    orderBy: { id: "desc" },
    take: query.limit + 1,
    select: {
      id: true,
      key: true,
      type: true,
      status: true,
      version: true,
      marks: true,
      difficulty: true,
      paper: true,
      stem: true,
      updatedAt: true,
      topic: { select: { id: true, code: true, title: true } },
      partLabel: true,
      group: { select: { id: true, key: true } },
    },
  });
  return toPage(
    rows.map(({ stem, updatedAt, partLabel, group, ...q }) => ({
      ...q,
      stemPreview: stemPreview(stem.slice(0, 1_000)),
      updatedAt: updatedAt.toISOString(),
      part: group ? { label: partLabel ?? "", groupId: group.id, groupKey: group.key } : null,
    })),
    query.limit,
  );
}
