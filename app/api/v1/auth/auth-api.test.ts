import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { issueAuthToken } from "@/lib/auth/auth-tokens";
import { hashPassword } from "@/lib/auth/password";
import { createSession, getSession } from "@/lib/auth/session-store";
import { POST as signUp } from "./sign-up/route";
import { POST as requestReset } from "./password-reset/route";
import { POST as confirmReset } from "./password-reset/confirm/route";

// The real route handlers, called as Next calls them, against the real database and Redis.
const noParams = { params: Promise.resolve({}) };
let ipCounter = 0;
// A block of addresses of its own per run: rate-limit counters from an earlier run live on in Redis.
const runBlock = `198.19.${Math.floor(Math.random() * 250)}`;
const call = (handler: typeof signUp, body: unknown, init: { contentType?: string; raw?: string } = {}) =>
  handler(
    new Request("http://127.0.0.1:3100/api/v1/auth/x", {
      method: "POST",
      // A fresh address per call keeps these tests clear of the per-IP limits they are not about.
      headers: { "content-type": init.contentType ?? "application/json", "x-forwarded-for": `${runBlock}.${(ipCounter = (ipCounter % 250) + 1)}` },
      body: init.raw ?? JSON.stringify(body),
    }),
    noParams,
  );
const error = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;
const emails: string[] = [];
const newEmail = () => {
  const email = `api-${randomUUID()}@example.test`;
  emails.push(email);
  return email;
};

afterAll(async () => {
  await db.user.deleteMany({ where: { email: { in: emails } } });
});

describe("POST /api/v1/auth/sign-up", () => {
  it("creates an account with a verification email and a welcome email in the outbox", async () => {
    const email = newEmail();
    const res = await call(signUp, { name: "Ada", email: email.toUpperCase(), password: "a long enough password" });
    expect(res.status).toBe(201);
    const user = await db.$primary().user.findUniqueOrThrow({ where: { email }, include: { emails: true } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.emails.map((e) => e.template).sort()).toEqual(["verify-email", "welcome"]);
    expect(user.emails.find((e) => e.template === "verify-email")?.text).toMatch(/\/verify-email\?token=[A-Za-z0-9_-]+/);
  });

  it("refuses text PostgreSQL cannot store (a NUL, a lone surrogate) with 400, not 500", async () => {
    for (const name of ["Ada\u0000", "Ada\ud800"]) {
      const res = await call(signUp, { name, email: newEmail(), password: "a long enough password" });
      expect(res.status).toBe(400);
      expect(await error(res)).toMatchObject({ code: "invalid_characters" });
    }
  });

  it("refuses a second account for the same email with 409", async () => {
    const email = newEmail();
    await call(signUp, { name: "Ada", email, password: "a long enough password" });
    const res = await call(signUp, { name: "Eve", email, password: "another long password" });
    expect(res.status).toBe(409);
    expect(await error(res)).toMatchObject({ code: "email_taken" });
  });

  it.each([
    ["a malformed email", { name: "Ada", email: "not-an-email", password: "a long enough password" }, /email/i],
    ["a 10 kB password", { name: "Ada", email: "x@example.test", password: "p".repeat(10_240) }, /at most 200/],
    ["a short password", { name: "Ada", email: "x@example.test", password: "short" }, /at least 10/],
    ["a missing field", { email: "x@example.test", password: "a long enough password" }, /name/],
    ["a non-object body", ["not", "an", "object"], /Invalid body/],
  ])("answers 400 with a message for %s", async (_, body, message) => {
    const res = await call(signUp, body);
    expect(res.status).toBe(400);
    const err = await error(res);
    expect(err.code).toBe("validation_failed");
    expect(err.message).toMatch(message);
  });

  it("answers 415 for a form body and 400 for broken JSON", async () => {
    const form = await call(signUp, null, { contentType: "application/x-www-form-urlencoded", raw: "name=a&email=b" });
    expect(form.status).toBe(415);
    expect((await error(form)).message).toMatch(/application\/json/);
    const broken = await call(signUp, null, { raw: '{"name": "Ada",' });
    expect(broken.status).toBe(400);
    expect((await error(broken)).code).toBe("invalid_json");
  });

  it("refuses a cross-site request", async () => {
    const res = await signUp(
      new Request("http://127.0.0.1:3100/api/v1/auth/sign-up", {
        method: "POST",
        headers: { "content-type": "application/json", origin: "https://evil.example" },
        body: JSON.stringify({ name: "Ada", email: newEmail(), password: "a long enough password" }),
      }),
      noParams,
    );
    expect(res.status).toBe(403);
  });
});

describe("password reset over the API", () => {
  it("answers the same for known and unknown emails", async () => {
    const email = newEmail();
    await call(signUp, { name: "Ada", email, password: "a long enough password" });
    const known = await call(requestReset, { email });
    const unknown = await call(requestReset, { email: `nobody-${randomUUID()}@example.test` });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(await known.json()).toEqual(await unknown.json());
    const outbox = await db.$primary().emailOutbox.findMany({ where: { to: email, template: "password-reset" } });
    expect(outbox).toHaveLength(1);
  });

  it("changes the password once, signs out every session, and refuses the used link", async () => {
    const email = newEmail();
    await call(signUp, { name: "Ada", email, password: "a long enough password" });
    const user = await db.$primary().user.findUniqueOrThrow({ where: { email } });
    const sid = await createSession({ userId: user.id, email, name: "Ada", role: "STUDENT", onboarded: true, userAgent: "test", ip: "127.0.0.1" });
    const token = await issueAuthToken(db, user.id, "PASSWORD_RESET");

    const ok = await call(confirmReset, { token, password: "a brand new password" });
    expect(ok.status).toBe(200);
    expect(await getSession(sid)).toBeNull();
    const again = await call(confirmReset, { token, password: "yet another password" });
    expect(again.status).toBe(400);
    expect(await error(again)).toMatchObject({ code: "invalid_token" });
  });

  it("voids the user's other unused reset links when one of them is used", async () => {
    const email = newEmail();
    await call(signUp, { name: "Ada", email, password: "a long enough password" });
    const user = await db.$primary().user.findUniqueOrThrow({ where: { email } });
    const older = await issueAuthToken(db, user.id, "PASSWORD_RESET");
    const newer = await issueAuthToken(db, user.id, "PASSWORD_RESET");
    expect((await call(confirmReset, { token: newer, password: "a brand new password" })).status).toBe(200);
    const stale = await call(confirmReset, { token: older, password: "an attacker's password" });
    expect(stale.status).toBe(400);
    expect(await error(stale)).toMatchObject({ code: "invalid_token" });
  });

  it("refuses a bad link before hashing anything: 400 even while the hashing queue is full", async () => {
    // Fill this instance's argon2 queue (2 running + 64 waiting): any request that hashed now would get 503.
    const filling = Array.from({ length: 66 }, () => hashPassword("filling the queue").catch(() => null));
    const overloaded = await call(signUp, { name: "Ada", email: newEmail(), password: "a long enough password" });
    expect(overloaded.status).toBe(503);
    const bad = await call(confirmReset, { token: "x".repeat(43), password: "a brand new password" });
    expect(bad.status).toBe(400);
    expect(await error(bad)).toMatchObject({ code: "invalid_token" });
    await Promise.all(filling);
  });

  it("limits reset confirmations per address: the 11th in 15 minutes gets 429", async () => {
    const clientAddress = `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const confirm = () =>
      confirmReset(
        new Request("http://127.0.0.1:3100/api/v1/auth/password-reset/confirm", {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": clientAddress },
          body: JSON.stringify({ token: "y".repeat(43), password: "a brand new password" }),
        }),
        noParams,
      );
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await confirm()).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(400));
    expect(statuses.at(-1)).toBe(429);
  });

  it("answers 429 with Retry-After when one address asks too often", async () => {
    // A fresh address per run: counters from an earlier run live on in Redis for their window.
    const clientAddress = `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const request = () =>
      requestReset(
        new Request("http://127.0.0.1:3100/api/v1/auth/password-reset", {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": clientAddress },
          body: JSON.stringify({ email: `nobody-${randomUUID()}@example.test` }),
        }),
        noParams,
      );
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 7; i++) statuses.push((last = await request()).status);
    expect(statuses.slice(0, 5)).toEqual([202, 202, 202, 202, 202]);
    expect(statuses.at(-1)).toBe(429);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await error(last!)).toMatchObject({ code: "rate_limited" });
  });
});
