// Two stateless instances of the production build behind nginx (least_conn), plus a third instance whose
// database is unreachable, all on a Redis of their own (port 6391) that the last test stops mid-burst.
// Runs after `next build` (npx vitest run --config vitest.ops.config.ts; OPS_DIST_DIR=<dir> for a build
// elsewhere than .next). Nothing here touches the shared Redis or PostgreSQL servers' lifecycles.
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { createServer as createHttpServer, type Server } from "node:http";
import { createServer } from "node:net";
import autocannon from "autocannon";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { sessionTokenFromCookie } from "@/lib/auth/session-cookie";
import { db } from "@/lib/db/prisma";
import { dashboardKey } from "@/lib/progress/dashboard-cache";
import { startInstance, startNginx, stop, type Managed } from "./topology";

const DIST = process.env.OPS_DIST_DIR || ".next";
// Logs, pids and nginx.conf of the last run, kept for a look after a failure.
const RUNTIME_DIR = "/tmp/ib-revise-ops-test";
const REDIS_PORT = 6391;
const NGINX = "http://127.0.0.1:3300";
const A = "http://127.0.0.1:3301";
const B = "http://127.0.0.1:3302";
const NO_DB = "http://127.0.0.1:3303";
const PASSWORD = "ops-test-password-123";
const PREFIX = process.env.REDIS_KEY_PREFIX ?? "";

const started: Managed[] = [];
// A stand-in OTLP collector: instance "a" exports its traces here (OTLP over HTTP, protobuf).
const exportedTraces: Buffer[] = [];
let collector: Server;
const userIds: string[] = [];
let redis: Redis;
let question: { id: string; correctOptionId: string | null };

const redisCli = (...args: string[]) => spawnSync("redis-cli", ["-p", String(REDIS_PORT), ...args], { encoding: "utf8" });
const json = async <T>(res: Response) => (await res.json()) as T;
type Dashboard = { stale?: boolean; recentActivity: unknown[] };

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const port = (probe.address() as { port: number }).port;
      probe.close(() => resolve(port));
    });
  });
}

async function createStudent(): Promise<string> {
  const course = await db.$primary().course.findUniqueOrThrow({ where: { slug: "physics-sl" } });
  const email = `ops-${randomUUID()}@example.test`;
  const user = await db.user.create({
    data: {
      email,
      name: "Ops",
      passwordHash: await hashPassword(PASSWORD),
      emailVerifiedAt: new Date(),
      onboardedAt: new Date(),
      enrolments: { create: { courseId: course.id } },
    },
  });
  userIds.push(user.id);
  return email;
}

/** Signs in as a browser would (next-auth's CSRF token, then the credentials callback); the session cookie. */
async function signIn(base: string, email: string, headers: Record<string, string> = {}): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers });
  const { csrfToken } = await json<{ csrfToken: string }>(csrf);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      ...headers,
      "content-type": "application/x-www-form-urlencoded",
      cookie: csrf.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; "),
    },
    body: new URLSearchParams({ email, password: PASSWORD, csrfToken, callbackUrl: `${base}/dashboard` }),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith("authjs.session-token="));
  if (!session) throw new Error(`sign-in at ${base} failed: ${res.status} → ${res.headers.get("location")}`);
  return session.split(";")[0]!;
}

const getDashboard = (base: string, cookie: string) => fetch(`${base}/api/v1/dashboard`, { headers: { cookie } });
const postJson = (url: string, cookie: string, body: unknown) =>
  fetch(url, { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify(body) });

beforeAll(async () => {
  if (!fs.existsSync(`${DIST}/BUILD_ID`)) throw new Error(`no production build in ${DIST}: run \`npx next build\` first (or set OPS_DIST_DIR)`);
  fs.rmSync(RUNTIME_DIR, { recursive: true, force: true });
  fs.mkdirSync(RUNTIME_DIR, { recursive: true });
  const redisStarted = spawnSync(
    "redis-server",
    ["--port", String(REDIS_PORT), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "yes", "--logfile", `${RUNTIME_DIR}/redis.log`],
    { encoding: "utf8" },
  );
  if (redisStarted.status !== 0) throw new Error(`could not start redis on ${REDIS_PORT}: ${redisStarted.stderr}`);
  redis = new Redis({ port: REDIS_PORT, host: "127.0.0.1", keyPrefix: PREFIX, maxRetriesPerRequest: 1, retryStrategy: () => null });
  await redis.ping();

  const [q] = await db.$primary().question.findMany({
    where: { course: { slug: "physics-sl" }, status: "PUBLISHED", type: "MCQ" },
    orderBy: { key: "asc" },
    take: 1,
    select: { id: true, correctOptionId: true },
  });
  question = q!;

  collector = createHttpServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      if (req.url === "/v1/traces") exportedTraces.push(Buffer.concat(chunks));
      res.writeHead(200, { "content-type": "application/x-protobuf" }).end();
    });
  });
  const collectorPort = await new Promise<number>((resolve) => collector.listen(0, "127.0.0.1", () => resolve((collector.address() as { port: number }).port)));

  const common = { REDIS_URL: `redis://127.0.0.1:${REDIS_PORT}`, APP_URL: NGINX, LOG_LEVEL: "warn", JOBS_SCHEDULER: "false" };
  const tracing = { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${collectorPort}`, OTEL_SERVICE_NAME: "ib-revise-ops-test", OTEL_BSP_SCHEDULE_DELAY: "200" };
  const closedPort = await freePort();
  // One at a time: three Next servers starting at once on two cores only slow each other down.
  started.push(await startInstance({ name: "a", port: 3301, distDir: DIST, env: { ...common, ...tracing }, runtimeDir: RUNTIME_DIR }));
  started.push(await startInstance({ name: "b", port: 3302, distDir: DIST, env: common, runtimeDir: RUNTIME_DIR }));
  started.push(
    await startInstance({
      name: "no-db",
      port: 3303,
      distDir: DIST,
      env: { ...common, DATABASE_URL: `postgresql://postgres@127.0.0.1:${closedPort}/ib_revise_test`, DATABASE_REPLICA_URLS: "" },
      runtimeDir: RUNTIME_DIR,
    }),
  );
  started.push(await startNginx({ listenPort: 3300, upstreamPorts: [3301, 3302], runtimeDir: RUNTIME_DIR }));
});

afterAll(async () => {
  for (const m of started.reverse()) await stop(m);
  redis?.disconnect();
  redisCli("shutdown", "nosave");
  collector?.close();
  await db.user.deleteMany({ where: { id: { in: userIds } } });
});

describe("two instances behind nginx", () => {
  it("spreads requests over both instances, carries request ids through and compresses", async () => {
    const served = new Set<string | null>();
    for (let i = 0; i < 12; i++) served.add((await fetch(`${NGINX}/api/v1/catalog`)).headers.get("x-instance-id"));
    expect(served).toEqual(new Set(["a", "b"]));

    const id = `ops-${randomUUID()}`;
    const passed = await fetch(`${NGINX}/api/v1/catalog`, { headers: { "x-request-id": id } });
    expect(passed.headers.get("x-request-id")).toBe(id);
    const generated = await fetch(`${NGINX}/api/v1/catalog`);
    expect(generated.headers.get("x-request-id")).toMatch(/^[0-9a-f]{32}$/);

    const gzipped = await fetch(`${NGINX}/api/v1/catalog`, { headers: { "accept-encoding": "gzip" } });
    expect(gzipped.headers.get("content-encoding")).toBe("gzip");
    expect(gzipped.headers.get("vary")).toMatch(/accept-encoding/i);
    expect((await json<{ groups: unknown[] }>(gzipped)).groups.length).toBeGreaterThan(0);
  });

  it("accepts a session made through one instance on the other, directly and through nginx", async () => {
    const email = await createStudent();
    const cookie = await signIn(A, email);
    for (const base of [A, B, NGINX]) {
      const res = await getDashboard(base, cookie);
      expect(res.status, base).toBe(200);
      expect((await json<Dashboard>(res)).recentActivity).toEqual([]);
    }
    expect((await getDashboard(B, "authjs.session-token=forged")).status).toBe(401);
  });

  it("overwrites a client's X-Forwarded-For, so the address the app sees (and rate-limits) is the real one", async () => {
    const email = await createStudent();
    const viaNginx = await signIn(NGINX, email, { "x-forwarded-for": "203.0.113.9" });
    const direct = await signIn(A, email, { "x-forwarded-for": "203.0.113.9" });
    const ipOf = async (cookie: string) => {
      const token = await sessionTokenFromCookie("authjs.session-token", cookie.slice(cookie.indexOf("=") + 1));
      return (JSON.parse((await redis.get(`session:${token!.sid}`))!) as { ip: string }).ip;
    };
    expect(await ipOf(viaNginx)).toBe("127.0.0.1");
    // Without nginx in front, the client's header would have been believed.
    expect(await ipOf(direct)).toBe("203.0.113.9");
  });

  it("shows an answer submitted through instance A on the dashboard read through instance B", async () => {
    const email = await createStudent();
    const cookie = await signIn(NGINX, email);
    expect((await json<Dashboard>(await getDashboard(B, cookie))).recentActivity).toHaveLength(0); // cached on B's read

    const practice = await postJson(`${A}/api/v1/practice`, cookie, { mode: "questions", questionIds: [question.id] });
    expect(practice.status).toBe(201);
    const { id } = await json<{ id: string }>(practice);
    const answer = await postJson(`${A}/api/v1/practice/${id}/answers`, cookie, {
      questionId: question.id,
      answer: { type: "MCQ", optionId: question.correctOptionId },
    });
    expect(answer.status).toBe(200);

    expect((await json<Dashboard>(await getDashboard(B, cookie))).recentActivity).toHaveLength(1);
  });
});

describe("tracing", () => {
  it("exports a span of each API request to the OTLP collector, tagged with the request id", async () => {
    const id = `ops-trace-${randomUUID()}`;
    expect((await fetch(`${A}/api/v1/catalog`, { headers: { "x-request-id": id } })).status).toBe(200);
    const exported = () => exportedTraces.some((body) => body.includes(id));
    for (let i = 0; i < 100 && !exported(); i++) await new Promise((r) => setTimeout(r, 200));
    expect(exported()).toBe(true);
    expect(exportedTraces.some((body) => body.includes("ib-revise-ops-test"))).toBe(true);
  });
});

describe("an instance whose database is unreachable", () => {
  it("serves the student's last dashboard marked stale, and answers writes 503 with Retry-After", async () => {
    const email = await createStudent();
    const cookie = await signIn(A, email);
    const fresh = await json<Dashboard & { generatedAt: string }>(await getDashboard(A, cookie));
    // The 10-minute copy has expired (or was dropped by a write); only the day-long last good copy is left.
    const userId = (await sessionTokenFromCookie("authjs.session-token", cookie.slice(cookie.indexOf("=") + 1)))!.claims!.uid;
    await redis.del(dashboardKey(userId));

    const stale = await getDashboard(NO_DB, cookie);
    expect(stale.status).toBe(200);
    expect(stale.headers.get("x-data-stale")).toBe("1");
    expect(await json<Dashboard>(stale)).toEqual({ ...fresh, stale: true });

    const write = await postJson(`${NO_DB}/api/v1/practice`, cookie, { mode: "questions", questionIds: [question.id] });
    expect(write.status).toBe(503);
    expect(write.headers.get("retry-after")).toBe("30");
    expect((await json<{ error: { code: string } }>(write)).error.code).toBe("unavailable");

    expect((await fetch(`${NO_DB}/api/ready`)).status).toBe(503);
  });
});

describe("Redis stopped during a burst of requests", () => {
  it("answers every request without a 5xx, and pages still render afterwards", async () => {
    const cookies = await Promise.all([1, 2, 3, 4].map(async () => signIn(NGINX, await createStudent())));
    let next = 0;
    const responses: { at: number; status: number }[] = [];
    let stoppedAt = Number.POSITIVE_INFINITY;
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const burst = autocannon(
        {
          url: NGINX,
          connections: 8,
          duration: 8,
          requests: [
            {
              method: "GET",
              path: "/api/v1/dashboard",
              setupRequest: (req) => ({ ...req, headers: { ...req.headers, cookie: cookies[next++ % cookies.length]! } }),
            },
            { method: "GET", path: "/api/v1/catalog" },
          ],
        },
        (err, res) => (err ? reject(err) : resolve(res)),
      );
      burst.on("response", (_client: unknown, status: number) => responses.push({ at: Date.now(), status }));
      setTimeout(() => {
        stoppedAt = Date.now();
        redisCli("shutdown", "nosave");
      }, 3_000);
    });

    const serverErrors = responses.filter((r) => r.status >= 500);
    expect(serverErrors).toEqual([]);
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    // The burst went on well after Redis was gone, and those requests were answered.
    expect(redisCli("ping").status).not.toBe(0);
    expect(responses.filter((r) => r.at > stoppedAt + 500 && r.status === 200).length).toBeGreaterThan(50);

    const page = await fetch(`${NGINX}/dashboard`, { headers: { cookie: cookies[0]! }, redirect: "manual" });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Welcome");
    const ready = await fetch(`${NGINX}/api/ready`);
    expect(ready.status).toBe(200);
    expect((await json<{ status: string }>(ready)).status).toBe("degraded");
  });
});
