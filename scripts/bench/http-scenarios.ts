// The single-endpoint scenarios, driven by autocannon: a GET with rotating student cookies, answer
// submission through the practice API, and password sign-in through next-auth's credentials flow.
import type autocannon from "autocannon";
import { createHttpClient } from "./http-client";
import { runLoad, runLoads, type LoadResult } from "./run-load";
import { SET_SIZE, type PracticePool } from "./practice-pool";
import { BENCH_PASSWORD, type BenchStudent } from "./bench-students";
import { signInSucceeded } from "./student-journey";

export type LoadTarget = { origin: string; connections: number; durationS: number };

/**
 * GET `path`, each request as the next student (their cookie), so per-user caches see many users. Given
 * several targets (app instances), drives them all at once, as a balancer in front of them would.
 */
export function measureGet(target: LoadTarget | LoadTarget[], path: string, cookies: string[]): Promise<LoadResult> {
  let next = 0;
  const requests: autocannon.Request[] = [
    { method: "GET", path, setupRequest: (req) => ({ ...req, headers: { ...req.headers, cookie: cookies[next++ % cookies.length]! } }) },
  ];
  return runLoads((Array.isArray(target) ? target : [target]).map((t) => ({ ...t, requests })));
}

/**
 * Asks for every student's dashboard once, so the measured window starts in the steady state the
 * target speaks of: each student's dashboard cached (a time-boxed warm-up covers fewer students on a
 * slow machine, and the misses it leaves would be measured as if the cache did not work).
 */
export async function warmDashboards(origin: string, cookies: string[], parallel = 16): Promise<void> {
  const client = createHttpClient(origin, parallel);
  let next = 0;
  try {
    await Promise.all(
      Array.from({ length: parallel }, async () => {
        while (next < cookies.length) {
          const r = await client.send({ path: "/api/v1/dashboard", cookie: cookies[next++]! });
          if (r.status !== 200) throw new Error(`warming a dashboard answered ${r.status}: ${r.body.slice(0, 200)}`);
        }
      }),
    );
  } finally {
    client.close();
  }
}

/** Makes `count` practice sets of the pool's questions over HTTP (setup, not measured), `parallel` at a time. */
async function createSets(origin: string, students: BenchStudent[], pool: PracticePool, count: number, parallel = 8) {
  const client = createHttpClient(origin, parallel);
  const sets: { id: string; cookie: string }[] = [];
  try {
    for (let i = 0; i < count; i += parallel) {
      const batch = Array.from({ length: Math.min(parallel, count - i) }, (_, k) => students[(i + k) % students.length]!);
      sets.push(
        ...(await Promise.all(
          batch.map(async (s) => {
            const r = await client.send({
              method: "POST",
              path: "/api/v1/practice",
              cookie: s.cookie,
              json: { mode: "questions", questionIds: pool.questionIds },
            });
            if (r.status !== 201) throw new Error(`creating a practice set answered ${r.status}: ${r.body.slice(0, 200)}`);
            return { id: (JSON.parse(r.body) as { id: string }).id, cookie: s.cookie };
          }),
        )),
      );
    }
  } finally {
    client.close();
  }
  return sets;
}

/**
 * Answers practice questions through POST /api/v1/practice/:id/answers. Each connection answers a set
 * of 30 in order (a set is answered in order, so one connection per set), then takes a fresh set.
 * `expectedRps` sizes the supply of sets; running out is reported rather than reusing sets, whose
 * repeated answers would take the cheaper "already answered" path.
 */
export async function measureAttemptSubmission(
  target: LoadTarget,
  students: BenchStudent[],
  pool: PracticePool,
  expectedRps: number,
): Promise<LoadResult & { sets: number; setsExhausted: boolean }> {
  const needed = target.connections + Math.ceil((expectedRps * target.durationS) / SET_SIZE);
  const sets = await createSets(target.origin, students, pool, needed);
  let next = 0;
  let exhausted = false;
  type Ctx = { set?: { id: string; cookie: string } };
  const requests: autocannon.Request[] = pool.questionIds.map((questionId, index) => ({
    method: "POST",
    setupRequest: (req, context) => {
      const ctx = context as Ctx;
      if (index === 0 || !ctx.set) {
        if (next >= sets.length) exhausted = true;
        ctx.set = sets[next++ % sets.length]!;
      }
      return {
        ...req,
        path: `/api/v1/practice/${ctx.set.id}/answers`,
        headers: { ...req.headers, cookie: ctx.set.cookie, "content-type": "application/json" },
        body: JSON.stringify({ questionId, answer: pool.answer, timeSpentMs: 30_000 }),
      };
    },
  }));
  const result = await runLoad({ ...target, requests });
  return { ...result, sets: Math.min(next, sets.length), setsExhausted: exhausted };
}

/**
 * Password sign-in: POST /api/auth/callback/credentials with next-auth's CSRF double-submit pair (fetched
 * once; any valid pair is accepted), each request as the next student. Served = a 302 carrying a new
 * session cookie; a redirect back with ?error= is a failure.
 */
export async function measureSignIn(target: LoadTarget, students: BenchStudent[]): Promise<LoadResult> {
  const csrf = await fetch(`${target.origin}/api/auth/csrf`);
  const pair = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";", 1)[0]!)
    .find((c) => c.startsWith("authjs.csrf-token="));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  if (!pair) throw new Error("GET /api/auth/csrf set no authjs.csrf-token cookie");
  let next = 0;
  return runLoad({
    ...target,
    accept: (status, headers) => signInSucceeded(status, headers ?? {}),
    requests: [
      {
        method: "POST",
        path: "/api/auth/callback/credentials",
        setupRequest: (req) => ({
          ...req,
          headers: { ...req.headers, cookie: pair, "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({
            csrfToken,
            email: students[next++ % students.length]!.email,
            password: BENCH_PASSWORD,
            callbackUrl: "/dashboard",
          }).toString(),
        }),
      },
    ],
  });
}
