import fs from "node:fs";
import { db } from "@/lib/db/prisma";
import { runScript } from "./lib/run-script";
import { spawn } from "node:child_process";
import { signInDirectly, signOutEverywhere } from "./bench/bench-students";
import { measureGet, warmDashboards } from "./bench/http-scenarios";
async function main() {
  const courses = await db.course.findMany({ where: { slug: { in: ["math-aa-hl", "physics-sl", "chemistry-hl", "history-hl", "economics-sl", "biology-hl"] } }, select: { id: true } });
  const students = [];
  for (let i = 0; i < 200; i++) students.push(await db.user.create({ data: { email: `prof-${Date.now()}-${i}@example.test`, name: `P${i}`, onboardedAt: new Date(), enrolments: { create: courses.map((c) => ({ courseId: c.id, targetGrade: 6 })) } }, select: { id: true, email: true, name: true } }));
  const child = spawn(process.execPath, ["--cpu-prof", "--cpu-prof-dir=/tmp/prof", "node_modules/next/dist/bin/next", "start", "-p", "3240", "-H", "127.0.0.1"], { env: { ...process.env, NEXT_DIST_DIR: ".next-bench", NODE_ENV: "production", LOG_LEVEL: "warn", CACHE_ENABLED: "true", JOBS_SCHEDULER: "false", NEXT_TELEMETRY_DISABLED: "1" }, stdio: "inherit" });
  const app = { origin: "http://127.0.0.1:3240" };
  for (let i = 0; i < 120; i++) { try { if ((await fetch(app.origin + "/api/health")).ok) break; } catch {} await new Promise((r) => setTimeout(r, 500)); }
  try {
    const cookies = (await signInDirectly(students)).map((s) => s.cookie);
    await warmDashboards(app.origin, cookies);
    const r = await measureGet({ origin: app.origin, connections: 64, durationS: Number(process.env.D ?? 15) }, process.env.ROUTE ?? "/api/v1/dashboard", cookies);
    console.log("rps", r.rps.toFixed(0), "p95", r.p95);
    fs.writeFileSync("/tmp/prof/requests.txt", String(r.responses));
  } finally {
    child.kill("SIGTERM"); await new Promise((r) => child.once("exit", r));
    await signOutEverywhere(students.map((s) => s.id));
    await db.user.deleteMany({ where: { id: { in: students.map((s) => s.id) } } });
  }
}
runScript(main);
