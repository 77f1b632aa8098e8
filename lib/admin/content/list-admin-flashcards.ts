import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";
import { pageFields, toPage, type Page } from "@/lib/pagination/page-query";
import { subtreeIds } from "@/lib/admin/content/layout-topic-tree";

const blank = (v: unknown) => (v === "" ? undefined : v);

export const adminFlashcardQuery = z.object({
  course: z.uuid({ error: "course must be a course id" }),
  topic: z.preprocess(blank, z.uuid({ error: "topic must be a topic id" }).optional()),
  status: z.preprocess(blank, z.enum(["DRAFT", "PUBLISHED", "ARCHIVED"], { error: "status must be DRAFT, PUBLISHED or ARCHIVED" }).optional()),
  q: z.preprocess(blank, z.string().trim().max(200, "Keep the search under 200 characters").optional()),
  ...pageFields({ defaultLimit: 25, maxLimit: 100 }),
});
export type AdminFlashcardQuery = z.output<typeof adminFlashcardQuery>;

export type AdminFlashcardRow = {
  id: string;
  key: string;
  status: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  front: string;
  topic: { id: string; code: string; title: string };
  updatedAt: string;
};

/** A course's flashcards in every status for the admin list, newest first, keyset-paginated by id. */
export async function listAdminFlashcards(query: AdminFlashcardQuery): Promise<Page<AdminFlashcardRow>> {
  const primary = db.$primary();
  let topicIds: string[] | undefined;
  if (query.topic) {
    const topics = await primary.topic.findMany({ where: { courseId: query.course }, select: { id: true, parentId: true } });
    topicIds = topics.some((t) => t.id === query.topic) ? [...subtreeIds(topics, query.topic)] : [];
  }
  const where: Prisma.FlashcardWhereInput = {
    courseId: query.course,
    ...(topicIds ? { topicId: { in: topicIds } } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(query.q
      ? {
          OR: [
            { key: { contains: query.q, mode: "insensitive" } },
            { front: { contains: query.q, mode: "insensitive" } },
            { back: { contains: query.q, mode: "insensitive" } },
          ],
        }
      : {}),
    ...(query.cursor ? { id: { lt: query.cursor } } : {}),
  };
  const rows = await primary.flashcard.findMany({
    where,
    orderBy: { id: "desc" },
    take: query.limit + 1,
    select: { id: true, key: true, status: true, front: true, updatedAt: true, topic: { select: { id: true, code: true, title: true } } },
  });
  return toPage(
    rows.map(({ updatedAt, front, ...f }) => ({ ...f, front: front.length > 200 ? `${front.slice(0, 199)}…` : front, updatedAt: updatedAt.toISOString() })),
    query.limit,
  );
}
