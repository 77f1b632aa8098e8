// `npm run seed:scale -- --users 220000 --attempts 5000000 [--cards-per-user 5] [--seed 1] [--force]`
// Synthetic students with enrolments, attempt history, topic progress and flashcard states, and about
// one class per 27 students (scale-classes.ts) with teachers, assignments and work on them, streamed
// with COPY. Deterministic for the same options, content and day. Needs `npm run seed` first.
import { parseArgs } from "node:util";
import pg from "pg";
import { z } from "zod";
import { env } from "@/lib/env";
import { copyRows } from "./copy-rows";
import {
  attemptColumns,
  attemptRows,
  attemptShares,
  type Bank,
  type BankQuestion,
  cardColumns,
  cardRows,
  enrolmentColumns,
  enrolmentRows,
  SCALE_EMAIL_DOMAIN,
  type ScaleOptions,
  userColumns,
  userRows,
} from "./scale-plan";
import {
  assignmentColumns,
  assignmentMockRows,
  assignmentRows,
  assignmentSessionRows,
  classColumns,
  classMemberColumns,
  classMemberRows,
  classRows,
  classTeacherColumns,
  classTeacherRows,
  mockColumns,
  planClasses,
  SCALE_TEACHER_DOMAIN,
  sessionColumns,
  teacherColumns,
  teacherRows,
} from "./scale-classes";

const argsSchema = z.object({
  users: z.coerce.number().int().min(1).max(5_000_000),
  attempts: z.coerce.number().int().min(0).max(200_000_000),
  "cards-per-user": z.coerce.number().int().min(0).max(500),
  seed: z.coerce.number().int().min(0).max(1_000_000),
  force: z.boolean(),
});

function parseOptions(argv: string[]): ScaleOptions & { force: boolean } {
  const { values } = parseArgs({
    args: argv,
    options: {
      users: { type: "string", default: "1000" },
      attempts: { type: "string", default: "20000" },
      "cards-per-user": { type: "string", default: "5" },
      seed: { type: "string", default: "1" },
      force: { type: "boolean", default: false },
    },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) throw new Error(`Invalid options: ${z.prettifyError(parsed.error)}`);
  const today = new Date();
  today.setUTCHours(0, 0, 0, 0);
  return {
    users: parsed.data.users,
    attempts: parsed.data.attempts,
    cardsPerUser: parsed.data["cards-per-user"],
    seed: parsed.data.seed,
    force: parsed.data.force,
    now: today,
  };
}

async function loadBank(client: pg.Client): Promise<Bank> {
  const { rows: questions } = await client.query<BankQuestion & { subjectId: string }>(`
    select q.id, q.course_id as "courseId", q.topic_id as "topicId", q.type, q.marks, q.difficulty
    from questions q where q.status = 'PUBLISHED' order by q.key`);
  const { rows: courses } = await client.query<{ id: string; subjectId: string }>(
    `select id, subject_id as "subjectId" from courses where archived_at is null order by slug`,
  );
  const { rows: cards } = await client.query<{ id: string; courseId: string }>(
    `select id, course_id as "courseId" from flashcards where status = 'PUBLISHED' order by key`,
  );
  // Map.groupBy needs Node 21.
  const groupBy = <T extends { courseId: string }>(items: T[]) =>
    items.reduce((m, x) => m.set(x.courseId, [...(m.get(x.courseId) ?? []), x]), new Map<string, T[]>());
  const byCourse = groupBy(questions);
  const cardsByCourse = groupBy(cards);
  const banked = courses
    .filter((c) => byCourse.has(c.id))
    .map((c) => ({ ...c, questions: byCourse.get(c.id)!, flashcardIds: (cardsByCourse.get(c.id) ?? []).map((f) => f.id) }));
  if (!banked.length) throw new Error("No published questions: run npm run seed first.");
  return { banked, others: courses.filter((c) => !byCourse.has(c.id)) };
}

/**
 * Deleting the students would cascade row by row through millions of attempts; emptying the big child
 * tables with one set-based delete each first makes the cascade trivial.
 */
async function removeScaleData(client: pg.Client, domain: string) {
  const scaleUsers = "select id from users where email like $1";
  for (const table of ["attempts", "topic_progress", "review_logs", "card_states", "enrolments", "practice_sessions", "mock_exams"]) {
    await client.query(`delete from ${table} where user_id in (${scaleUsers})`, [domain]);
  }
  await removeScaleClasses(client);
  await client.query(`delete from users where email like $1`, [domain]);
}

/** The scale classes (their members, assignments and teachers' links cascade) and their teachers. */
async function removeScaleClasses(client: pg.Client) {
  const teachers = `%@${SCALE_TEACHER_DOMAIN}`;
  await client.query(`delete from classes where id in (select ct.class_id from class_teachers ct join users u on u.id = ct.user_id where u.email like $1)`, [
    teachers,
  ]);
  await client.query(`delete from users where email like $1`, [teachers]);
}

/** Classes, their teachers, assignments and the members' work on them (students must exist). */
async function seedClasses(client: pg.Client, options: ScaleOptions, bank: Bank, time: <T>(label: string, work: () => Promise<T>) => Promise<T>) {
  const classes = await time("plan classes", async () => planClasses(options, bank));
  await time("teachers", () => copyRows(client, "users", teacherColumns, teacherRows(options, classes)));
  await time(`classes (${classes.length})`, () => copyRows(client, "classes", classColumns, classRows(classes)));
  await time("class teachers", () => copyRows(client, "class_teachers", classTeacherColumns, classTeacherRows(options, classes)));
  await time("class members", () => copyRows(client, "class_members", classMemberColumns, classMemberRows(options, bank, classes)));
  await time("assignments", () => copyRows(client, "assignments", assignmentColumns, assignmentRows(options, classes)));
  await time("assignment question sets", () => copyRows(client, "practice_sessions", sessionColumns, assignmentSessionRows(options, bank, classes)));
  await time("assignment mocks", () => copyRows(client, "mock_exams", mockColumns, assignmentMockRows(options, bank, classes)));
}

/**
 * Every generated row references rows that exist (they are read from the database or generated in the
 * same run), so the per-row foreign-key triggers only cost time: a superuser may skip them for this
 * transaction. Elsewhere the checks run, just slower.
 */
async function skipForeignKeyChecks(client: pg.Client) {
  await client.query("savepoint fk");
  try {
    await client.query("set local session_replication_role = replica");
  } catch {
    await client.query("rollback to savepoint fk");
    console.log("  (not a superuser: foreign keys are checked row by row, which is slower)");
  }
}

/**
 * Bulk loads are several times faster into tables without indexes, which are rebuilt by sorting after.
 * Primary keys are dropped too where no foreign key refers to them (random UUID order makes their
 * B-tree inserts the slowest part of the load).
 */
async function dropIndexes(client: pg.Client, tables: string[], primaryKeysOf: string[]): Promise<() => Promise<void>> {
  const { rows: keys } = await client.query<{ table: string; name: string; definition: string }>(
    `select c.conrelid::regclass::text as table, c.conname as name, pg_get_constraintdef(c.oid) as definition
     from pg_constraint c where c.contype = 'p' and c.conrelid::regclass::text = any($1)`,
    [primaryKeysOf],
  );
  const { rows: indexes } = await client.query<{ name: string; definition: string }>(
    `select i.indexname as name, i.indexdef as definition from pg_indexes i
     where i.schemaname = 'public' and i.tablename = any($1)
       and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
    [tables],
  );
  for (const k of keys) await client.query(`alter table "${k.table}" drop constraint "${k.name}"`);
  for (const { name } of indexes) await client.query(`drop index "${name}"`);
  return async () => {
    for (const k of keys) await client.query(`alter table "${k.table}" add constraint "${k.name}" ${k.definition}`);
    for (const { definition } of indexes) await client.query(definition);
  };
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const client = new pg.Client({ connectionString: env.DATABASE_URL, application_name: "ib-revise-scale-seed" });
  await client.connect();
  const time = async <T>(label: string, work: () => Promise<T>) => {
    const started = performance.now();
    const result = await work();
    console.log(`  ${label.padEnd(34)} ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s`);
    return result;
  };
  const started = performance.now();
  try {
    const domain = `%@${SCALE_EMAIL_DOMAIN}`;
    const {
      rows: [existing],
    } = await client.query<{ users: number; attempts: number; classes: number }>(
      `
      select (select count(*)::int from users where email like $1) as users,
             (select count(*)::int from attempts a join users u on u.id = a.user_id where u.email like $1) as attempts,
             (select count(*)::int from class_teachers ct join users u on u.id = ct.user_id where u.email like $2) as classes`,
      [domain, `%@${SCALE_TEACHER_DOMAIN}`],
    );
    if (!options.force && existing?.users === options.users && existing.attempts === options.attempts) {
      if (existing.classes > 0) {
        console.log(`Scale seed already present (${options.users} students, ${options.attempts} attempts, ${existing.classes} classes); --force rebuilds it.`);
        return;
      }
      // Students from before classes were part of the seed: add the classes alone.
      console.log("Scale seed present without classes: adding them");
      const bank = await loadBank(client);
      await client.query("begin");
      await seedClasses(client, options, bank, time);
      await client.query("commit");
      await client.query("analyze classes, class_members, class_teachers, assignments, practice_sessions, mock_exams");
      return;
    }
    console.log(`Scale seed: ${options.users} students, ${options.attempts} attempts, ${options.cardsPerUser} cards each (seed ${options.seed})`);
    if (existing?.users) await time("remove previous scale data", () => removeScaleData(client, domain));

    const bank = await loadBank(client);
    const counts = await time("plan attempt distribution", async () => attemptShares(options, bank));
    await client.query("begin");
    // One transaction: a failed run leaves nothing half-loaded behind.
    await client.query("set local maintenance_work_mem = '1GB'");
    await client.query("set local work_mem = '256MB'");
    await skipForeignKeyChecks(client);
    const rebuild = await time("drop indexes", () => dropIndexes(client, ["attempts", "topic_progress", "card_states"], ["attempts", "topic_progress"]));
    await time("users", () => copyRows(client, "users", userColumns, userRows(options, bank)));
    await time("enrolments", () => copyRows(client, "enrolments", enrolmentColumns, enrolmentRows(options, bank)));
    await time("attempts", () => copyRows(client, "attempts", attemptColumns, attemptRows(options, bank, counts)));
    await time("card states", () => copyRows(client, "card_states", cardColumns, cardRows(options, bank)));
    await time("topic progress (aggregated)", () =>
      client.query(
        `
      insert into topic_progress (user_id, topic_id, course_id, attempts, fully_correct, marks_awarded, marks_available, mastery, last_attempt_at)
      select a.user_id, a.topic_id, a.course_id, count(*), count(*) filter (where a.marks_awarded = a.max_marks),
             sum(a.marks_awarded), sum(a.max_marks), sum(a.marks_awarded)::real / nullif(sum(a.max_marks), 0), max(a.created_at)
      from attempts a join users u on u.id = a.user_id and u.email like $1
      group by a.user_id, a.topic_id, a.course_id`,
        [domain],
      ),
    );
    await seedClasses(client, options, bank, time);
    await time("rebuild indexes", () => rebuild());
    await time("commit", () => client.query("commit"));
    await time("analyze", () =>
      client.query(
        "analyze users, enrolments, attempts, card_states, topic_progress, classes, class_members, class_teachers, assignments, practice_sessions, mock_exams",
      ),
    );
    console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (err) {
    await client.query("rollback").catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exitCode = 1;
});
