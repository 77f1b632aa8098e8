// `npm run bench:sessions`: what one session lookup costs against the local Redis, three ways: the store
// read alone; the cookie path decoding the JWT every time (next-auth's decode, then the store read); and the
// app's own cookie → session path (userFromCookies: the decoded-cookie cache, then the store read, which
// still runs on every request so that a revoked session is refused at once).
import { encode, decode } from "next-auth/jwt";
import os from "node:os";
import { env } from "@/lib/env";
import { db } from "@/lib/db/prisma";
import { createSession, getSession, revokeAllSessions } from "@/lib/auth/session-store";
import { userFromCookies } from "@/lib/auth/user-from-request";
import { runScript } from "../lib/run-script";

const LOOKUPS = 10_000;
const SALT = "authjs.session-token"; // the cookie name next-auth uses as the JWT salt over HTTP

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95), p99: at(0.99) };
}

async function measure(label: string, lookup: () => Promise<unknown>) {
  for (let i = 0; i < 500; i++) await lookup(); // warm-up: connection, JIT
  const samples: number[] = [];
  for (let i = 0; i < LOOKUPS; i++) {
    const started = process.hrtime.bigint();
    await lookup();
    samples.push(Number(process.hrtime.bigint() - started) / 1000);
  }
  const { median, p95, p99 } = percentiles(samples);
  console.log(`| ${label} | ${LOOKUPS} | ${median.toFixed(0)} µs | ${p95.toFixed(0)} µs | ${p99.toFixed(0)} µs |`);
}

async function main() {
  // A real account: a session must name one (createSession checks its generation, getSession its row).
  const user = await db.user.create({ data: { email: `bench-sessions-${Date.now()}@example.test`, name: "Bench" }, select: { id: true, email: true } });
  try {
    const sid = await createSession({
      userId: user.id,
      email: user.email,
      name: "Bench",
      role: "STUDENT",
      onboarded: true,
      userAgent: "bench",
      ip: "127.0.0.1",
    });
    const cookie = await encode({ token: { sid }, secret: env.AUTH_SECRET, salt: SALT });
    console.log(
      `Session lookups, ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}, Redis at ${env.REDIS_URL}\n`,
    );
    console.log("| path | lookups | median | p95 | p99 |\n|---|---|---|---|---|");
    await measure("Redis session read (getSession)", () => getSession(sid));
    await measure("cookie → JWT decode → Redis read", async () => {
      const token = await decode({ token: cookie, secret: env.AUTH_SECRET, salt: SALT });
      if (!token?.sid || !(await getSession(token.sid as string))) throw new Error("lookup failed");
    });
    await measure("cookie → session as the app reads it (decoded-cookie cache → Redis read)", async () => {
      if (!(await userFromCookies((name) => (name === SALT ? cookie : undefined)))) throw new Error("lookup failed");
    });
  } finally {
    await revokeAllSessions(user.id);
    await db.user.delete({ where: { id: user.id } });
  }
}

runScript(main);
