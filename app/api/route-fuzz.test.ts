import { randomUUID } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redis } from "@/lib/redis/redis-client";
import { db } from "@/lib/db/prisma";
import { createSession } from "@/lib/auth/session-store";
import { sessionCookieHeader } from "@/lib/auth/session-cookie";

// Every route handler under app/api, found on disk (a new route is fuzzed without touching this file),
// called as Next calls it with hostile input: NUL bytes, lone surrogates, junk JSON, odd types, huge
// numbers, path traversal, non-ASCII headers. Signed out, as a student and as an admin. Nothing may
// answer 5xx: bad input is the caller's 4xx.
const API_DIR = path.resolve(import.meta.dirname);
const BASE = "http://127.0.0.1:3100";
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === "route.ts" ? [full] : [];
  });
}

const STRINGS = [
  "a\u0000b",
  "\u0000",
  "x\ud800y",
  "\udfff",
  "%00",
  "' or 1=1 --",
  "../../etc/passwd",
  "😀".repeat(50),
  "x".repeat(5_000),
  "",
  "-1",
  "1e309",
  "<script>alert(1)</script>",
];
const FIELDS = [
  "name",
  "email",
  "password",
  "token",
  "answer",
  "value",
  "text",
  "draft",
  "questionId",
  "courseId",
  "course",
  "courseSlug",
  "topic",
  "topicId",
  "q",
  "cursor",
  "limit",
  "role",
  "status",
  "reason",
  "rating",
  "cardId",
  "choice",
  "kind",
  "slug",
  "ids",
  "timeSpentMs",
  "marks",
  "awardedPointIds",
  "mode",
  "paper",
  "size",
  "format",
];

function bodiesFor(text: string): string[] {
  const flat = Object.fromEntries(FIELDS.map((f) => [f, text]));
  return [
    JSON.stringify(flat),
    JSON.stringify({ ...flat, answer: { type: "WRITTEN", text }, value: { type: "NUMERIC", value: text } }),
    JSON.stringify({ ...flat, limit: 1e308, timeSpentMs: -1, rating: 99, marks: [text], ids: [text, null, {}] }),
  ];
}
const JUNK_BODIES = ["{", "null", "[]", '"x"', "1", '{"__proto__":{"admin":true}}', JSON.stringify({ a: { b: { c: { d: { e: { f: "\u0000" } } } } } })];
const PARAM_VALUES = ["a\u0000b", "%00", randomUUID(), "x\ud800", "..%2F..", "not-a-uuid", "1".repeat(300)];

function paramNames(file: string): { name: string; catchAll: boolean }[] {
  return [...path.relative(API_DIR, file).matchAll(/\[(\.\.\.)?([^\]]+)\]/g)].map((m) => ({ name: m[2]!, catchAll: Boolean(m[1]) }));
}

// A URL cannot carry a lone surrogate (it is percent-encoded UTF-8); the raw value still reaches the
// handler through `params`, as Next passes it.
const encode = (value: string) => encodeURIComponent(value.toWellFormed());

function urlFor(file: string, params: Record<string, string | string[]>, query: string): string {
  const route = path
    .relative(API_DIR, path.dirname(file))
    .split(path.sep)
    .map((seg) => {
      const m = /^\[(\.\.\.)?([^\]]+)\]$/.exec(seg);
      if (!m) return seg;
      const v = params[m[2]!];
      return Array.isArray(v) ? v.map(encode).join("/") : encode(v ?? "");
    })
    .join("/");
  return `${BASE}/api/${route}${query}`;
}

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
type Identity = { label: string; cookie: () => Promise<string | null> };

const users: string[] = [];
async function freshCookie(role: "STUDENT" | "ADMIN"): Promise<string> {
  const email = `fuzz-${randomUUID()}@example.test`;
  const course = await db.$primary().course.findFirstOrThrow({ where: { slug: "physics-sl" }, select: { id: true } });
  const user = await db.user.create({
    data: { email, name: "Fuzz", role, emailVerifiedAt: new Date(), onboardedAt: new Date(), enrolments: { create: { courseId: course.id } } },
  });
  users.push(user.id);
  const sid = await createSession({ userId: user.id, email, name: "Fuzz", role, onboarded: true, userAgent: "fuzz", ip: "127.0.0.1" });
  return sessionCookieHeader(sid);
}

// A fresh user per route file: the per-user API limit (600 a minute) is not what this test is about.
const identities: Identity[] = [
  { label: "signed out", cookie: async () => null },
  { label: "student", cookie: () => freshCookie("STUDENT") },
  { label: "admin", cookie: () => freshCookie("ADMIN") },
];

function requestsFor(file: string, method: (typeof METHODS)[number], cookie: string | null) {
  const names = paramNames(file);
  const requests: { request: Request; params: Record<string, string | string[]> }[] = [];
  const headers = (extra: Record<string, string> = {}) => {
    const h = new Headers({ host: "127.0.0.1:3100", "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250)}`, ...extra });
    if (cookie) h.set("cookie", cookie);
    return h;
  };
  for (const value of PARAM_VALUES.slice(0, names.length ? PARAM_VALUES.length : 1)) {
    const params = Object.fromEntries(names.map((n) => [n.name, n.catchAll ? [value, "x"] : value]));
    const queries = STRINGS.slice(0, 4).map(
      (s) =>
        `?${FIELDS.slice(0, 12)
          .map((f) => `${f}=${encode(s)}`)
          .join("&")}`,
    );
    if (method === "GET" || method === "DELETE") {
      for (const query of ["", ...queries]) requests.push({ request: new Request(urlFor(file, params, query), { method, headers: headers() }), params });
      continue;
    }
    const bodies =
      value === PARAM_VALUES[2] || names.length === 0
        ? [...STRINGS.slice(0, 7).flatMap(bodiesFor), ...JUNK_BODIES]
        : [JUNK_BODIES[0]!, bodiesFor(STRINGS[0]!)[0]!];
    for (const body of bodies) {
      requests.push({ request: new Request(urlFor(file, params, ""), { method, headers: headers({ "content-type": "application/json" }), body }), params });
    }
    requests.push({ request: new Request(urlFor(file, params, ""), { method, headers: headers({ "content-type": "text/plain" }), body: "\u0000" }), params });
    requests.push({
      request: new Request(urlFor(file, params, ""), {
        method,
        headers: headers({ "content-type": "application/json", authorization: "Bearer ÿ\u00e9", "x-request-id": "\u00e9".repeat(200) }),
        body: "{}",
      }),
      params,
    });
  }
  return requests;
}

describe("route handlers under hostile input", () => {
  const files = routeFiles(API_DIR).sort();

  beforeAll(async () => {
    await redis.ping();
  });
  afterAll(async () => {
    await db.user.deleteMany({ where: { id: { in: users } } });
  });

  it("finds the app's route handlers", () => {
    expect(files.length).toBeGreaterThanOrEqual(45);
  });

  it.each(files.map((f) => [path.relative(API_DIR, f)]))("%s answers hostile input without a 5xx", { timeout: 120_000 }, async (relative) => {
    const file = path.join(API_DIR, relative);
    const mod = (await import(/* @vite-ignore */ file)) as Partial<Record<(typeof METHODS)[number], Handler>>;
    const failures: string[] = [];
    let sent = 0;
    for (const identity of identities) {
      const cookie = await identity.cookie();
      for (const method of METHODS) {
        const handler = mod[method];
        if (!handler) continue;
        for (const { request, params } of requestsFor(file, method, cookie)) {
          const described = `${identity.label} ${method} ${request.url.slice(BASE.length, BASE.length + 120)}`;
          const res = await Promise.resolve()
            .then(() => handler(request, { params: Promise.resolve(params) }))
            .catch((err: unknown) => {
              failures.push(`${described} threw ${String(err).slice(0, 200)}`);
              return null;
            });
          sent++;
          if (res && res.status >= 500) failures.push(`${described} -> ${res.status} ${(await res.text()).slice(0, 200)}`);
        }
      }
    }
    expect(sent).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });
});
