// `npm run bench:questions`: what a question-bank page costs at depth, keyset (listQuestions) against
// OFFSET, calling the functions directly (`npm run bench` also measures it over HTTP). Runs against
// DATABASE_URL (the development database with the scale seed), never the test database.
import os from "node:os";
import pg from "pg";
import { env } from "@/lib/env";
import { db } from "@/lib/db/prisma";
import { listQuestions } from "@/lib/questions/list-questions";
import { parseQuestionQuery } from "@/lib/questions/question-filters";
import { decodeCursor } from "@/lib/pagination/cursor";
import { runScript } from "../lib/run-script";
import { refuseTestDatabase } from "./bench-database";
import { BENCH_COURSE, cursorOfPage, DEEP_PAGE, PAGE_SIZE, prepareQuestionBank } from "./bench-questions";
import { percentiles } from "./latency-stats";

export type DirectPageRow = { label: string; queries: number; iterations: number; p50: number; p95: number };

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

async function measure(label: string, iterations: number, work: () => Promise<unknown>): Promise<DirectPageRow> {
  for (let i = 0; i < Math.min(50, iterations); i++) await work();
  const queries = await statementsSent(work);
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = process.hrtime.bigint();
    await work();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const { p50, p95 } = percentiles(samples);
  return { label, queries, iterations, p50, p95 };
}

/** Page 1 and page 500 through listQuestions (keyset), and page 500 with OFFSET, in this process. */
export async function measureDirectQuestionPages(iterations: number): Promise<{ total: number; withHistory: boolean; rows: DirectPageRow[] }> {
  const { courseId, total, userId } = await prepareQuestionBank();
  const { filters, page } = parseQuestionQuery(new URLSearchParams({ course: BENCH_COURSE, limit: String(PAGE_SIZE) }));
  const deep = { limit: PAGE_SIZE, afterId: decodeCursor(await cursorOfPage(userId, DEEP_PAGE)) ?? undefined };
  const rows = [
    await measure("page 1, keyset (listQuestions)", iterations, () => listQuestions(userId, filters, page)),
    await measure(`page ${DEEP_PAGE}, keyset (listQuestions, saved cursor)`, iterations, () => listQuestions(userId, filters, deep)),
    await measure(`page ${DEEP_PAGE}, OFFSET (findMany skip ${(DEEP_PAGE - 1) * PAGE_SIZE}, no per-user columns)`, iterations, () =>
      db.question.findMany({
        where: { courseId, status: "PUBLISHED" },
        orderBy: { id: "asc" },
        skip: (DEEP_PAGE - 1) * PAGE_SIZE,
        take: PAGE_SIZE,
        select: {
          id: true,
          key: true,
          type: true,
          difficulty: true,
          marks: true,
          paper: true,
          calculator: true,
          commandTerm: true,
          stem: true,
          topic: { select: { code: true, title: true } },
        },
      }),
    ),
  ];
  return { total, withHistory: userId !== null, rows };
}

async function main() {
  const database = refuseTestDatabase(env.DATABASE_URL, env.NODE_ENV);
  const { total, withHistory, rows } = await measureDirectQuestionPages(200);
  const cpu = os.cpus();
  console.log(
    `Question bank pages, ${new Date().toISOString().slice(0, 10)}, ${cpu.length} × ${cpu[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ` +
      `database "${database}" (${total.toLocaleString("en")} published questions in ${BENCH_COURSE}, ${PAGE_SIZE} per page, student ${withHistory ? "with" : "without"} history)\n`,
  );
  console.log("| page | queries | iterations | p50 | p95 |\n|---|---|---|---|---|");
  for (const r of rows) console.log(`| ${r.label} | ${r.queries} | ${r.iterations} | ${r.p50.toFixed(2)} ms | ${r.p95.toFixed(2)} ms |`);
}

// Also imported by `npm run bench` (run-all.ts), which must not run this command's main.
if (import.meta.url === `file://${process.argv[1]}`) runScript(main);
