// `npm run bench:class-analytics [-- --scale 10000]`: a class's analytics on the scale seed, calling
// getClassAnalytics directly: the largest scale class (300 students at full scale), cold (its cache entry
// dropped before each call) against warm, SQL statements per miss and per hit, and what a member's write
// costs to fan out to their classes. `npm run bench` runs the same measurement on the full seed.
// --scale N seeds N students (and their classes) first when the database does not have them; it runs
// against DATABASE_URL (the development database), never the test database.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import pg from "pg";
import { z } from "zod";
import { env } from "@/lib/env";
import { cache } from "@/lib/cache/cache-aside";
import { classAnalyticsKey } from "@/lib/class-cache/class-analytics-cache";
import { getClassAnalytics } from "@/lib/class-analytics/get-class-analytics";
import { dropClassesOfStudent } from "@/lib/class-cache/drop-class-analytics";
import { runScript } from "../lib/run-script";
import { refuseTestDatabase } from "./bench-database";
import { percentiles } from "./latency-stats";
import { classAnalyticsMarkdown, type ClassAnalyticsBench } from "./class-analytics-markdown";

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

async function timed(iterations: number, work: () => Promise<unknown>) {
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = process.hrtime.bigint();
    await work();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return percentiles(samples);
}

/** Measures the largest scale class (ties: the first by id) and the fan-out of its most-classed member. */
export async function measureClassAnalytics(client: pg.Client, iterations: number): Promise<ClassAnalyticsBench> {
  const { rows } = await client.query<{ class_id: string; teacher_id: string; members: number; classes: number }>(`
    select m.class_id, (select ct.user_id from class_teachers ct where ct.class_id = m.class_id limit 1) as teacher_id,
      count(*)::int as members, (select count(*)::int from classes) as classes
    from class_members m join classes c on c.id = m.class_id and c.name like 'Scale class %'
    group by m.class_id order by count(*) desc, m.class_id limit 1`);
  const target = rows[0];
  if (!target) throw new Error("no scale classes: run npm run seed:scale first");
  const teacher = { id: target.teacher_id, role: "TEACHER" as const };
  const { rows: member } = await client.query<{ user_id: string; classes: number }>(
    `select m.user_id, (select count(*)::int from class_members o where o.user_id = m.user_id) as classes
     from class_members m where m.class_id = $1 order by 2 desc, 1 limit 1`,
    [target.class_id],
  );
  const miss = async () => {
    await cache.invalidate(classAnalyticsKey(target.class_id));
    return getClassAnalytics(teacher, target.class_id);
  };
  const warmUp = await miss();
  const coldStatements = await statementsSent(miss);
  const cold = await timed(iterations, miss);
  await getClassAnalytics(teacher, target.class_id);
  const warmStatements = await statementsSent(() => getClassAnalytics(teacher, target.class_id));
  const warm = await timed(iterations, () => getClassAnalytics(teacher, target.class_id));
  const studentId = member[0]!.user_id;
  await dropClassesOfStudent(studentId); // builds the member's class index
  const fanOutStatements = await statementsSent(() => dropClassesOfStudent(studentId));
  const fanOut = await timed(iterations, () => dropClassesOfStudent(studentId));
  return {
    classes: target.classes,
    members: target.members,
    topics: warmUp.topics.length,
    iterations,
    cold: { p50: cold.p50, p95: cold.p95, statements: coldStatements },
    warm: { p50: warm.p50, p95: warm.p95, statements: warmStatements },
    fanOut: { p50: fanOut.p50, p95: fanOut.p95, statements: fanOutStatements, classesOfMember: member[0]!.classes },
    payloadBytes: Buffer.byteLength(JSON.stringify(warmUp)),
  };
}

async function main() {
  const { values } = parseArgs({ options: { scale: { type: "string" }, iterations: { type: "string", default: "50" } } });
  const scale = z.coerce.number().int().min(1_000).max(5_000_000).optional().parse(values.scale);
  const iterations = z.coerce.number().int().min(1).max(10_000).parse(values.iterations);
  refuseTestDatabase(env.DATABASE_URL, env.NODE_ENV);
  if (scale) {
    // Idempotent: the seed returns at once when this many students (and their classes) are there.
    const r = spawnSync("npm", ["run", "seed:scale", "--", "--users", String(scale), "--attempts", String(scale * 23)], { stdio: "inherit" });
    if (r.status !== 0) throw new Error("the scale seed failed");
  }
  const client = new pg.Client({ connectionString: env.DATABASE_URL, application_name: "ib-revise-bench-class-analytics" });
  await client.connect();
  try {
    const result = await measureClassAnalytics(client, iterations);
    const cpu = os.cpus();
    const date = new Date().toISOString().slice(0, 10);
    const report = [
      `## Class analytics, ${date}`,
      "",
      `${cpu.length} × ${cpu[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; database \`${new URL(env.DATABASE_URL).pathname.slice(1)}\`${scale ? ` with the scale seed at ${scale.toLocaleString("en")} students` : ""}; replicas ${env.DATABASE_REPLICA_URLS.length ? "on" : "off"}; in process.`,
      "",
      ...classAnalyticsMarkdown(result),
      "",
    ].join("\n");
    console.log(report);
    fs.mkdirSync("bench/results", { recursive: true });
    fs.appendFileSync(path.join("bench/results", `${date}-class-analytics.md`), `${report}\n`);
  } finally {
    await client.end();
  }
}

if (process.argv[1]?.endsWith("class-analytics.ts")) runScript(main);
