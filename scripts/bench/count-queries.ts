// Database queries per request for each benchmark scenario, counted by the app's own counter
// (lib/db/query-counter.ts: every Prisma operation, raw queries included) around a direct call of the
// route handler. The server exposes no per-request count, and adding one would change the app, so
// run-all.ts spawns this once per server configuration (cache on / off) with the same environment.
// Prints one line: `BENCH-QUERIES {json}`.
import pg from "pg";
import { env } from "@/lib/env";
import { countQueries } from "@/lib/db/query-counter";
import { runScript } from "../lib/run-script";
import { loadBenchStudents, signInDirectly } from "./bench-students";
import { BENCH_COURSE, cursorOfPage, DEEP_PAGE, PAGE_SIZE } from "./bench-questions";
import { sendInProcess } from "./in-process-transport";
import { practicePool } from "./practice-pool";
import { JOURNEY_STEPS, runStudentJourney, type JourneyStep } from "./student-journey";
import type { HttpRequest } from "./http-client";

export type QueryCount = { calls: number; queries: number; operations: string[] };
export type QueryCounts = Record<string, QueryCount>;
export const QUERY_COUNT_MARK = "BENCH-QUERIES ";

function tally() {
  const counts: QueryCounts = {};
  return {
    counts,
    async measure(label: string, request: HttpRequest, ok = (s: number) => s < 400) {
      const { result, queries, operations } = await countQueries(() => sendInProcess(request));
      if (!ok(result.status)) throw new Error(`${label}: ${request.method ?? "GET"} ${request.path} answered ${result.status} ${result.body.slice(0, 200)}`);
      const c = (counts[label] ??= { calls: 0, queries: 0, operations });
      c.calls += 1;
      c.queries += queries;
      return result;
    },
  };
}

async function main() {
  const calls = Number(/^--calls=(\d+)$/.exec(process.argv[2] ?? "")?.[1] ?? 10);
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  const students = await signInDirectly(await loadBenchStudents(client, calls));
  const pool = await practicePool(client);
  await client.end();
  const { counts, measure } = tally();
  const deepCursor = await cursorOfPage(null, DEEP_PAGE);

  for (const s of students) await sendInProcess({ path: "/api/v1/dashboard", cookie: s.cookie }); // steady state: warm
  for (const s of students) {
    await measure("bare route", { path: "/api/health" });
    await measure("dashboard", { path: "/api/v1/dashboard", cookie: s.cookie });
    await measure("questions page 1", { path: `/api/v1/questions?course=${BENCH_COURSE}&limit=${PAGE_SIZE}`, cookie: s.cookie });
    await measure(`questions page ${DEEP_PAGE}`, {
      path: `/api/v1/questions?course=${BENCH_COURSE}&limit=${PAGE_SIZE}&cursor=${deepCursor}`,
      cookie: s.cookie,
    });
    const set = await sendInProcess({ method: "POST", path: "/api/v1/practice", cookie: s.cookie, json: { mode: "questions", questionIds: pool.questionIds } });
    const { id } = JSON.parse(set.body) as { id: string };
    await measure("attempt submission", {
      method: "POST",
      path: `/api/v1/practice/${id}/answers`,
      cookie: s.cookie,
      json: { questionId: pool.questionIds[0], answer: pool.answer, timeSpentMs: 30_000 },
    });
  }

  // The journey, step by step; sign-in is counted inside it.
  for (const s of students) {
    await runStudentJourney(async (step: JourneyStep, request) => measure(`journey: ${step}`, request, () => true), s);
  }
  const journey = JOURNEY_STEPS.reduce((sum, step) => {
    const c = counts[`journey: ${step}`];
    return sum + (c ? c.queries / students.length : 0);
  }, 0);
  counts["journey (whole)"] = { calls: students.length, queries: journey * students.length, operations: [] };
  counts["sign-in"] = counts["journey: sign-in: credentials"] ?? { calls: 0, queries: 0, operations: [] };
  console.log(`${QUERY_COUNT_MARK}${JSON.stringify(counts)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) runScript(main);
