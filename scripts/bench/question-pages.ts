// `npm run bench:questions`: what a question-bank page costs at depth, keyset (listQuestions) against
// OFFSET. Runs against DATABASE_URL (the development database with the scale seed), never the test
// database. The bank there is ~1 300 questions, so it first tops one course up to 100 000 published
// questions (keys "bench-q-<n>", deterministic, kept for later runs).
import os from "node:os";
import pg from "pg";
import { env } from "@/lib/env";
import { db } from "@/lib/db/prisma";
import { invalidateCatalog } from "@/lib/catalog/catalog-cache";
import { listQuestions } from "@/lib/questions/list-questions";
import { parseQuestionQuery } from "@/lib/questions/question-filters";
import { decodeCursor } from "@/lib/questions/question-cursor";
import { runScript } from "../lib/run-script";

const COURSE = "math-aa-hl";
const TARGET = 100_000;
const BATCH = 5_000;
const PAGE_SIZE = 20;
const DEEP_PAGE = 500;
const ITERATIONS = 200;
const WARM_UP = 50;

function refuseTestDatabase() {
  const database = new URL(env.DATABASE_URL).pathname.slice(1);
  if (env.NODE_ENV === "test" || database.endsWith("_test")) {
    throw new Error(`refusing to run against the test database "${database}": set DATABASE_URL to the development database`);
  }
  return database;
}

/** Tops the course up to TARGET published questions with synthetic ones; deterministic in n. */
async function ensureBenchQuestions(courseId: string): Promise<number> {
  const count = () => db.$primary().question.count({ where: { courseId, status: "PUBLISHED" } });
  const have = await count();
  if (have >= TARGET) return have;
  const topics = await db.$primary().topic.findMany({ where: { courseId, archivedAt: null }, orderBy: { sortOrder: "asc" }, select: { id: true } });
  const already = await db.$primary().question.count({ where: { key: { startsWith: "bench-q-" } } });
  const needed = TARGET - have;
  console.error(`inserting ${needed} synthetic questions into ${COURSE} (${have} published now)…`);
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
      data: rows.map((r) => ({ questionId: r.id, label: "p1", kind: "POINT" as const, marks: r.marks, text: "Correct value of $x$.", dependsOn: [], keywords: [], sortOrder: 0 })),
    });
    console.error(`  ${start + ns.length - already}/${needed}`);
  }
  await db.$primary().$executeRaw`ANALYZE questions`;
  await invalidateCatalog([COURSE]);
  return count();
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/** SQL statements one call sends, counted at the driver (every statement passes through pg.Client#query). */
async function statementsSent(work: () => Promise<unknown>): Promise<number> {
  const original = pg.Client.prototype.query;
  let sent = 0;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    sent += 1;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    await work();
  } finally {
    pg.Client.prototype.query = original;
  }
  return sent;
}

async function measure(label: string, work: () => Promise<unknown>) {
  for (let i = 0; i < WARM_UP; i++) await work();
  const queries = await statementsSent(work);
  const samples: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const started = process.hrtime.bigint();
    await work();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  samples.sort((a, b) => a - b);
  console.log(`| ${label} | ${queries} | ${ITERATIONS} | ${percentile(samples, 0.5).toFixed(2)} ms | ${percentile(samples, 0.95).toFixed(2)} ms |`);
}

async function main() {
  const database = refuseTestDatabase();
  const course = await db.course.findUniqueOrThrow({ where: { slug: COURSE }, select: { id: true } });
  const total = await ensureBenchQuestions(course.id);
  // A real scale-seed student of the course with an attempt history, so the per-user columns cost what they do.
  const [student] = await db.$queryRaw<{ user_id: string }[]>`
    SELECT e.user_id FROM enrolments e
    WHERE e.course_id = ${course.id}::uuid AND EXISTS (SELECT 1 FROM attempts a WHERE a.user_id = e.user_id)
    ORDER BY e.user_id LIMIT 1`;
  const userId = student?.user_id ?? null;
  const { filters, page } = parseQuestionQuery(new URLSearchParams({ course: COURSE, limit: String(PAGE_SIZE) }));

  // Page 500 is reached the way a client reaches it: following nextCursor 499 times.
  let afterId: string | undefined;
  for (let p = 1; p < DEEP_PAGE; p++) {
    const next = (await listQuestions(userId, filters, { limit: PAGE_SIZE, afterId })).nextCursor;
    if (!next) throw new Error(`the course has fewer than ${DEEP_PAGE} pages`);
    afterId = decodeCursor(next) ?? undefined;
  }
  const deep = { limit: PAGE_SIZE, afterId };

  const cpu = os.cpus();
  console.log(
    `Question bank pages, ${new Date().toISOString().slice(0, 10)}, ${cpu.length} × ${cpu[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ` +
      `database "${database}" (${total.toLocaleString("en")} published questions in ${COURSE}, ${PAGE_SIZE} per page, student ${userId ? "with" : "without"} history)\n`,
  );
  console.log("| page | queries | iterations | p50 | p95 |\n|---|---|---|---|---|");
  await measure("page 1, keyset (listQuestions)", () => listQuestions(userId, filters, page));
  await measure(`page ${DEEP_PAGE}, keyset (listQuestions, saved cursor)`, () => listQuestions(userId, filters, deep));
  await measure(`page ${DEEP_PAGE}, OFFSET (findMany skip ${(DEEP_PAGE - 1) * PAGE_SIZE}, no per-user columns)`, () =>
    db.question.findMany({
      where: { courseId: course.id, status: "PUBLISHED" },
      orderBy: { id: "asc" },
      skip: (DEEP_PAGE - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, key: true, type: true, difficulty: true, marks: true, paper: true, calculator: true, commandTerm: true, stem: true, topic: { select: { code: true, title: true } } },
    }),
  );
}

runScript(main);
