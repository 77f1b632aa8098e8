// `npm run bench:profile [-- --reuse-build]`: where the app's CPU goes per warm dashboard request. Starts
// `next start` of the bench build under `node --cpu-prof`, drives /api/v1/dashboard with autocannon (64
// connections, 15 s, 200 students with warm dashboards), stops the server so V8 writes the profile
// (.next-bench/profiles/), and writes bench/results/<date>-dashboard-profile.md: the server's busy CPU per
// request and the top functions by self time within the measured window. Uses the development database.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { runScript } from "../lib/run-script";
import { refuseTestDatabase } from "./bench-database";
import { BENCH_DIST_DIR, buildForBench } from "./bench-server";
import { createBenchStudents, deleteBenchStudents } from "./floor-students";
import { profileEndUs, selfTimeByFunction, type CpuProfile } from "./cpu-profile-summary";
import { measureGet, warmDashboards } from "./http-scenarios";
import { machineInfo } from "./machine-info";

const PORT = 3240;
const DURATION_S = 15;
const CONNECTIONS = 64;
const TOP = 25;

async function main() {
  refuseTestDatabase(env.DATABASE_URL, env.NODE_ENV);
  buildForBench(process.argv.includes("--reuse-build"));
  const profileDir = path.join(BENCH_DIST_DIR, "profiles");
  fs.rmSync(profileDir, { recursive: true, force: true });
  const { students, cookies } = await createBenchStudents(200, "profile");
  const origin = `http://127.0.0.1:${PORT}`;
  const server = spawn(
    process.execPath,
    ["--cpu-prof", `--cpu-prof-dir=${profileDir}`, "node_modules/next/dist/bin/next", "start", "-p", String(PORT), "-H", "127.0.0.1"],
    {
      env: { ...process.env, NEXT_DIST_DIR: BENCH_DIST_DIR, NODE_ENV: "production", LOG_LEVEL: "warn", CACHE_ENABLED: "true", JOBS_SCHEDULER: "false" },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  let responses = 0;
  try {
    for (
      let i = 0;
      i < 120 &&
      !(await fetch(`${origin}/api/health`).then(
        (r) => r.ok,
        () => false,
      ));
      i++
    )
      await new Promise((r) => setTimeout(r, 500));
    await warmDashboards(origin, cookies);
    await measureGet({ origin, connections: CONNECTIONS, durationS: 3 }, "/api/v1/dashboard", cookies);
    const result = await measureGet({ origin, connections: CONNECTIONS, durationS: DURATION_S }, "/api/v1/dashboard", cookies);
    responses = result.responses;
    console.log(`[bench:profile] ${result.rps.toFixed(0)} req/s, ${responses} responses in ${DURATION_S} s`);
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
    await deleteBenchStudents(students);
  }

  const file = fs.readdirSync(profileDir).find((f) => f.endsWith(".cpuprofile"));
  if (!file) throw new Error(`no profile was written to ${profileDir}`);
  const profile = JSON.parse(fs.readFileSync(path.join(profileDir, file), "utf8")) as CpuProfile;
  // The measured window: the last DURATION_S seconds before the load stopped (shutdown takes well under 1.5 s).
  const end = profileEndUs(profile) - 1_500_000;
  const { busyUs, functions } = selfTimeByFunction(profile, end - DURATION_S * 1_000_000, end);
  const m = machineInfo();
  const date = new Date().toISOString().slice(0, 10);
  const markdown = [
    `# Where the app's CPU goes per warm dashboard request (${date})`,
    "",
    `${m.cores} × ${m.cpuModel}, Node ${m.node}, commit ${m.commit}${m.dirtyTree ? " (uncommitted changes)" : ""}. \`npm run bench:profile\`: \`next start\` under`,
    `\`node --cpu-prof\`, ${CONNECTIONS} connections on /api/v1/dashboard for ${DURATION_S} s, 200 students with warm dashboards; the server's main thread.`,
    "",
    `${responses} responses; ${(busyUs / 1e6).toFixed(1)} s of busy CPU in the window: **${(busyUs / responses / 1000).toFixed(2)} ms per request**.`,
    "",
    "| function (self time) | share | µs per request |",
    "|---|---|---|",
    ...functions.slice(0, TOP).map((f) => `| \`${f.name}\` | ${(100 * f.share).toFixed(1)} % | ${(f.microseconds / responses).toFixed(0)} |`),
    "",
  ].join("\n");
  const out = path.join("bench/results", `${date}-dashboard-profile.md`);
  fs.writeFileSync(out, markdown);
  console.log(markdown);
  console.log(`[bench:profile] written to ${out}; the profile is ${path.join(profileDir, file)} (open it in Chrome DevTools)`);
}

runScript(main);
