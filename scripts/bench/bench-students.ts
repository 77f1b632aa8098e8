import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { createSession, revokeAllSessions } from "@/lib/auth/session-store";
import { sessionCookieHeader } from "@/lib/auth/session-cookie";
import { cache } from "@/lib/cache/cache-aside";
import { dashboardKey } from "@/lib/progress/dashboard-cache";

/** Development-only password given to the benchmark's scale students so they can sign in over HTTP. */
export const BENCH_PASSWORD = "bench-password-for-scale-students";

export type BenchStudent = {
  id: string;
  email: string;
  name: string | null;
  /** A course of theirs with enough auto-marked questions for a 10-question set, and which type. */
  courseSlug: string;
  practiceType: "MCQ" | "NUMERIC";
  /** `Cookie` header of a session made directly in Redis (the sign-in scenarios make their own). */
  cookie: string;
};

/**
 * Scale-seed students with attempt history and a course that can serve a set of auto-marked questions
 * (so answering needs no self-marking). Deterministic: the same students every run.
 */
export async function loadBenchStudents(client: pg.Client, count: number): Promise<Omit<BenchStudent, "cookie">[]> {
  const { rows } = await client.query<Omit<BenchStudent, "cookie">>(
    `with banked as (
       select course_id, type, count(*) as n from questions
       where status = 'PUBLISHED' and type in ('MCQ', 'NUMERIC') group by course_id, type having count(*) >= 20
     ), candidates as (
       select u.id from users u
       where u.email like '%@scale.ib-revise.test' and u.status = 'ACTIVE'
         and exists (select 1 from attempts a where a.user_id = u.id)
       order by u.id limit $1 * 3
     )
     select distinct on (u.id) u.id, u.email, u.name, c.slug as "courseSlug", b.type as "practiceType"
     from candidates x join users u on u.id = x.id
     join enrolments e on e.user_id = u.id join banked b on b.course_id = e.course_id join courses c on c.id = e.course_id
     order by u.id, b.n desc, c.slug
     limit $1`,
    [count],
  );
  if (rows.length < count)
    throw new Error(`only ${rows.length} of ${count} scale students fit the benchmark: is the scale seed (npm run seed:scale) complete?`);
  return rows;
}

/**
 * One Redis session per student, as a browser's cookie header; what sign-in would have left behind. In
 * batches: thousands at once keep the event loop busy encoding cookies past the Redis command timeout.
 */
export async function signInDirectly<S extends Pick<BenchStudent, "id" | "email" | "name">>(students: S[], batch = 50): Promise<(S & { cookie: string })[]> {
  const out: (S & { cookie: string })[] = [];
  for (let i = 0; i < students.length; i += batch) {
    out.push(
      ...(await Promise.all(
        students.slice(i, i + batch).map(async (s) => {
          const sid = await createSession({
            userId: s.id,
            email: s.email,
            name: s.name,
            role: "STUDENT",
            onboarded: true,
            userAgent: "ib-revise-bench",
            ip: "127.0.0.1",
          });
          return { ...s, cookie: await sessionCookieHeader(sid) };
        }),
      )),
    );
  }
  return out;
}

/** Gives the students BENCH_PASSWORD (one argon2id hash shared by all: only sign-in's verify cost matters). */
export async function givePasswords(client: pg.Client, studentIds: string[]): Promise<void> {
  const hash = await hashPassword(BENCH_PASSWORD);
  await client.query(`update users set password_hash = $1 where id = any($2::uuid[])`, [hash, studentIds]);
}

/** Removes every session of the students (those made here and those their sign-ins made over HTTP). */
export async function signOutEverywhere(studentIds: string[]): Promise<number> {
  let revoked = 0;
  for (const id of studentIds) revoked += await revokeAllSessions(id);
  return revoked;
}

/**
 * Drops the students' cached dashboards, so each journey's dashboard view is what a student's first view
 * of the day is (the cache keeps a dashboard 10 minutes), whichever scenario used the student before.
 */
export async function forgetDashboards(studentIds: string[], batch = 500): Promise<void> {
  for (let i = 0; i < studentIds.length; i += batch) await cache.invalidate(...studentIds.slice(i, i + batch).map(dashboardKey));
}
