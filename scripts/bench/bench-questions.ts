// The question bank the pagination benchmarks page through. The seeded bank is ~1 300 questions, far too
// few for page 500, so one course is topped up to 100 000 published questions (keys "bench-q-<n>",
// deterministic, kept for later runs).
import { db } from "@/lib/db/prisma";
import { invalidateCatalog } from "@/lib/catalog/catalog-cache";
import { listQuestions } from "@/lib/questions/list-questions";
import { parseQuestionQuery } from "@/lib/questions/question-filters";
import { decodeCursor, encodeCursor } from "@/lib/pagination/cursor";

export const BENCH_COURSE = "math-aa-hl";
export const BENCH_QUESTION_TARGET = 100_000;
export const PAGE_SIZE = 20;
export const DEEP_PAGE = 500;
const BATCH = 5_000;

/** Tops the course up to BENCH_QUESTION_TARGET published questions with synthetic ones; deterministic in n. */
export async function ensureBenchQuestions(courseId: string): Promise<number> {
  const count = () => db.$primary().question.count({ where: { courseId, status: "PUBLISHED" } });
  const have = await count();
  if (have >= BENCH_QUESTION_TARGET) return have;
  const topics = await db.$primary().topic.findMany({ where: { courseId, archivedAt: null }, orderBy: { sortOrder: "asc" }, select: { id: true } });
  const already = await db.$primary().question.count({ where: { key: { startsWith: "bench-q-" } } });
  const needed = BENCH_QUESTION_TARGET - have;
  console.error(`inserting ${needed} synthetic questions into ${BENCH_COURSE} (${have} published now)…`);
  for (let start = already; start < already + needed; start += BATCH) {
    const ns = Array.from({ length: Math.min(BATCH, already + needed - start) }, (_, i) => start + i);
    const rows = await db.$primary().question.createManyAndReturn({
      data: ns.map((n) => ({
        key: `bench-q-${n}`,
        courseId,
        topicId: topics[n % topics.length]!.id,
        type: "WRITTEN" as const,
        difficulty: (n % 5) + 1,
        marks: (n % 4) + 1,
        paper: (["P1", "P2", "P3"] as const)[n % 3]!,
        calculator: n % 2 === 0,
        commandTerm: (["Find", "Show that", "Explain", "Calculate"] as const)[n % 4]!,
        stem: `Synthetic benchmark question ${n}: find $x$ when $${n % 97}x + ${n % 13} = ${n % 101}$.`,
        workedSolution: `$x = \\frac{${n % 101} - ${n % 13}}{${n % 97}}$`,
        source: { kind: "generated", generator: "bench-question-pages", seed: n },
        status: "PUBLISHED" as const,
        publishedAt: new Date(Date.UTC(2026, 0, 1)),
      })),
      skipDuplicates: true,
      select: { id: true, marks: true },
    });
    // A markscheme each, so that practising one of them in development works like any other question.
    await db.$primary().markingPoint.createMany({
      data: rows.map((r) => ({
        questionId: r.id,
        label: "p1",
        kind: "POINT" as const,
        marks: r.marks,
        text: "Correct value of $x$.",
        dependsOn: [],
        keywords: [],
        sortOrder: 0,
      })),
    });
    console.error(`  ${start + ns.length - already}/${needed}`);
  }
  await db.$primary().$executeRaw`ANALYZE questions`;
  await invalidateCatalog([BENCH_COURSE]);
  return count();
}

/** The bank's course, topped up; and a student of it with attempt history (per-user columns cost what they do). */
export async function prepareQuestionBank(): Promise<{ courseId: string; total: number; userId: string | null }> {
  const course = await db.course.findUniqueOrThrow({ where: { slug: BENCH_COURSE }, select: { id: true } });
  const total = await ensureBenchQuestions(course.id);
  const [student] = await db.$queryRaw<{ user_id: string }[]>`
    SELECT e.user_id FROM enrolments e
    WHERE e.course_id = ${course.id}::uuid AND EXISTS (SELECT 1 FROM attempts a WHERE a.user_id = e.user_id)
    ORDER BY e.user_id LIMIT 1`;
  return { courseId: course.id, total, userId: student?.user_id ?? null };
}

/** The cursor of page `page`, reached the way a client reaches it: following nextCursor page by page. */
export async function cursorOfPage(userId: string | null, page: number): Promise<string> {
  const { filters } = parseQuestionQuery(new URLSearchParams({ course: BENCH_COURSE, limit: String(PAGE_SIZE) }));
  let afterId: string | undefined;
  for (let p = 1; p < page; p++) {
    const next = (await listQuestions(userId, filters, { limit: PAGE_SIZE, afterId })).nextCursor;
    if (!next) throw new Error(`${BENCH_COURSE} has fewer than ${page} pages`);
    afterId = decodeCursor(next) ?? undefined;
  }
  if (!afterId) throw new Error("page must be 2 or more");
  return encodeCursor(afterId);
}
