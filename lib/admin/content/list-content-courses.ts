import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";
import { parseSearchParams } from "@/lib/http/parse-search-params";
import { levels } from "@/lib/catalog/catalog-input";
import type { ContentCourseRow } from "@/lib/admin/content/get-content-subject";

export const CONTENT_COURSES_PAGE_SIZE = 20;

const fields = {
  /** Matched against the course's name and slug and its subject's name. */
  q: z.string().trim().max(100).optional(),
  group: z.coerce.number().int().min(1).max(6).optional(),
  level: z.enum(levels).optional(),
  /** Courses with at least one published question, or with none. */
  questions: z.enum(["with", "without"]).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
};
export const listContentCoursesQuery = z.object(fields);
export type ListContentCoursesQuery = z.infer<typeof listContentCoursesQuery>;

/** The content list's query from a page's search params (see parseSearchParams: bad fields fall back). */
export const parseContentCoursesQuery = (params: Record<string, string | string[] | undefined>) => parseSearchParams(fields, params);

export type ContentCourseListRow = ContentCourseRow & { subject: { id: string; name: string; group: number; archived: boolean } };
export type ContentCoursePage = { items: ContentCourseListRow[]; total: number; page: number; pageCount: number };

function courseWhere(query: ListContentCoursesQuery): Prisma.CourseWhereInput {
  const published = { some: { status: "PUBLISHED" as const } };
  return {
    ...(query.level ? { level: query.level } : {}),
    ...(query.group ? { subject: { group: query.group } } : {}),
    ...(query.questions === "with" ? { questions: published } : query.questions === "without" ? { NOT: { questions: published } } : {}),
    ...(query.q
      ? {
          OR: [
            { name: { contains: query.q, mode: "insensitive" } },
            { slug: { contains: query.q.toLowerCase() } },
            { subject: { name: { contains: query.q, mode: "insensitive" } } },
          ],
        }
      : {}),
  };
}

/**
 * Courses, archived ones included, by subject group, subject and level, filtered and a page at a time
 * (numbered pages: there are tens of courses, and an admin jumps between them). A page past the end
 * shows the last one. Read from the primary, since it is shown right after the admin's own edits.
 */
export async function listContentCourses(query: ListContentCoursesQuery): Promise<ContentCoursePage> {
  const primary = db.$primary();
  const where = courseWhere(query);
  const total = await primary.course.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / CONTENT_COURSES_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const courses = await primary.course.findMany({
    where,
    orderBy: [{ subject: { group: "asc" } }, { subject: { name: "asc" } }, { level: "asc" }, { id: "asc" }],
    skip: (page - 1) * CONTENT_COURSES_PAGE_SIZE,
    take: CONTENT_COURSES_PAGE_SIZE,
    select: {
      id: true,
      slug: true,
      name: true,
      level: true,
      archivedAt: true,
      subject: { select: { id: true, name: true, group: true, archivedAt: true } },
      _count: { select: { topics: { where: { archivedAt: null } }, flashcards: { where: { status: "PUBLISHED" } } } },
    },
  });
  const questionCounts = courses.length
    ? await primary.question.groupBy({ by: ["courseId", "status"], where: { courseId: { in: courses.map((c) => c.id) } }, _count: { _all: true } })
    : [];
  const count = (courseId: string, status: string) => questionCounts.find((c) => c.courseId === courseId && c.status === status)?._count._all ?? 0;
  const items = courses.map((c) => ({
    id: c.id,
    slug: c.slug,
    name: c.name,
    level: c.level,
    archived: c.archivedAt !== null,
    topicCount: c._count.topics,
    questions: { published: count(c.id, "PUBLISHED"), draft: count(c.id, "DRAFT"), archived: count(c.id, "ARCHIVED") },
    flashcardCount: c._count.flashcards,
    subject: { id: c.subject.id, name: c.subject.name, group: c.subject.group, archived: c.subject.archivedAt !== null },
  }));
  return { items, total, page, pageCount };
}
