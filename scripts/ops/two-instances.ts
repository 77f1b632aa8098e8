// Two app instances behind nginx on this machine, with the test environment (.env.test):
//   npx tsx scripts/ops/two-instances.ts [--build]
// builds into .next-ops when there is no build there (or with --build), starts instances "a" on 3301 and
// "b" on 3302 and nginx (least_conn) on 3300, and stops all three on Ctrl-C. Logs, pids and the
// generated nginx.conf are in /tmp/ib-revise-ops.
import fs from "node:fs";
import { loadTestEnv } from "../lib/test-env";
import { buildIfMissing, startInstance, startNginx, stop, type Managed } from "./topology";

const DIST = ".next-ops";
const RUNTIME_DIR = "/tmp/ib-revise-ops";

async function main() {
  const env = loadTestEnv();
  buildIfMissing(DIST, process.argv.includes("--build"));
  fs.mkdirSync(RUNTIME_DIR, { recursive: true });
  const started: Managed[] = [];
  const stopAll = async () => {
    for (const m of started.reverse()) await stop(m);
  };
  process.once("SIGINT", () => void stopAll().then(() => process.exit(0)));
  process.once("SIGTERM", () => void stopAll().then(() => process.exit(0)));
  try {
    const common = { ...env, APP_URL: "http://127.0.0.1:3300", LOG_LEVEL: "info", JOBS_SCHEDULER: "false" };
    started.push(await startInstance({ name: "a", port: 3301, distDir: DIST, env: common, runtimeDir: RUNTIME_DIR }));
    started.push(await startInstance({ name: "b", port: 3302, distDir: DIST, env: common, runtimeDir: RUNTIME_DIR }));
    started.push(await startNginx({ listenPort: 3300, upstreamPorts: [3301, 3302], runtimeDir: RUNTIME_DIR }));
  } catch (err) {
    await stopAll();
    throw err;
  }
  console.log(`http://127.0.0.1:3300 (nginx) → a: http://127.0.0.1:3301, b: http://127.0.0.1:3302; logs in ${RUNTIME_DIR}. Ctrl-C stops all.`);
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exitCode = 1;
});
