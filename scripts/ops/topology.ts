// Runs the production topology on one machine: several `next start` instances of one build behind nginx
// (scripts/nginx/ib-revise.conf.template). Used by scripts/ops/two-instances.ts (by hand) and by the
// operations test (scripts/ops/two-instances.spec.ts). Every process is a child of the caller, in its own
// process group, with its pid and logs under the runtime directory; stop() ends exactly those.
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

export type Managed = { name: string; port: number; child: ChildProcess; logFile: string };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The nginx binary, installed with apt (as root) when missing. */
export function ensureNginx(): string {
  const found = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => fs.existsSync(p));
  if (found) return found;
  if (process.getuid?.() !== 0) throw new Error("nginx is not installed: apt-get install -y nginx (as root)");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  // nginx-light (Debian 12) has everything this config uses; newer releases only ship "nginx".
  const light = spawnSync("apt-get", ["install", "-y", "-qq", "nginx-light"], { stdio: "inherit", env });
  if (light.status !== 0) execFileSync("apt-get", ["install", "-y", "-qq", "nginx"], { stdio: "inherit", env });
  const installed = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => fs.existsSync(p));
  if (!installed) throw new Error("nginx could not be installed");
  return installed;
}

/** The template with this topology's listen address, upstream servers and runtime directory. */
export function renderNginxConfig({ listenPort, upstreamPorts, runtimeDir }: { listenPort: number; upstreamPorts: number[]; runtimeDir: string }): string {
  const template = fs.readFileSync(path.join(ROOT, "scripts/nginx/ib-revise.conf.template"), "utf8");
  const servers = upstreamPorts.map((port) => `    server 127.0.0.1:${port} max_fails=3 fail_timeout=10s;`).join("\n");
  return template.replaceAll("__LISTEN__", `127.0.0.1:${listenPort}`).replaceAll("__UPSTREAM_SERVERS__", servers).replaceAll("__RUNTIME_DIR__", runtimeDir);
}

export async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer()
      .once("error", () => reject(new Error(`port ${port} is in use: stop whatever listens there first`)))
      .listen(port, "127.0.0.1", () => probe.close(() => resolve()));
  });
}

async function waitForHttp(url: string, child: ChildProcess, what: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode}`);
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await sleep(250);
  }
  throw new Error(`${what} did not answer ${url} within ${timeoutMs / 1_000} s`);
}

function spawnLogged(name: string, command: string, args: string[], options: { env: NodeJS.ProcessEnv; runtimeDir: string }) {
  const logFile = path.join(options.runtimeDir, `${name}.log`);
  const out = fs.openSync(logFile, "a");
  // Its own process group, so stopping it also stops any worker it starts.
  const child = spawn(command, args, { cwd: ROOT, env: options.env, stdio: ["ignore", out, out], detached: true });
  fs.closeSync(out);
  fs.writeFileSync(path.join(options.runtimeDir, `${name}.pid`), String(child.pid));
  return { child, logFile };
}

/** `next start` of the build in `distDir` on 127.0.0.1:`port`, named by INSTANCE_ID in its responses. */
export async function startInstance(options: {
  name: string;
  port: number;
  distDir: string;
  env: Record<string, string>;
  runtimeDir: string;
}): Promise<Managed> {
  if (!fs.existsSync(path.join(ROOT, options.distDir, "BUILD_ID")))
    throw new Error(`no build in ${options.distDir}: run NEXT_DIST_DIR=${options.distDir} npx next build`);
  await assertPortFree(options.port);
  const { child, logFile } = spawnLogged(
    options.name,
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-p", String(options.port), "-H", "127.0.0.1"],
    {
      runtimeDir: options.runtimeDir,
      env: { ...process.env, ...options.env, NODE_ENV: "production", NEXT_DIST_DIR: options.distDir, INSTANCE_ID: options.name, NEXT_TELEMETRY_DISABLED: "1" },
    },
  );
  const managed = { name: options.name, port: options.port, child, logFile };
  try {
    await waitForHttp(`http://127.0.0.1:${options.port}/api/health`, child, `instance ${options.name} (log: ${logFile})`);
  } catch (err) {
    await stop(managed);
    throw err;
  }
  return managed;
}

/** nginx on 127.0.0.1:`listenPort` in front of the given ports, in the foreground as a child process. */
export async function startNginx(options: { listenPort: number; upstreamPorts: number[]; runtimeDir: string }): Promise<Managed> {
  const nginx = ensureNginx();
  await assertPortFree(options.listenPort);
  for (const dir of ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]) {
    // Workers run as an unprivileged user when nginx starts as root: they must be able to buffer here.
    fs.mkdirSync(path.join(options.runtimeDir, dir), { recursive: true });
    fs.chmodSync(path.join(options.runtimeDir, dir), 0o777);
  }
  const conf = path.join(options.runtimeDir, "nginx.conf");
  fs.writeFileSync(conf, renderNginxConfig(options));
  const test = spawnSync(nginx, ["-t", "-q", "-c", conf, "-e", path.join(options.runtimeDir, "error.log")], { encoding: "utf8" });
  if (test.status !== 0) throw new Error(`nginx rejects ${conf}:\n${test.stderr}`);
  const { child, logFile } = spawnLogged("nginx", nginx, ["-c", conf, "-e", path.join(options.runtimeDir, "error.log"), "-g", "daemon off;"], {
    env: process.env,
    runtimeDir: options.runtimeDir,
  });
  const managed = { name: "nginx", port: options.listenPort, child, logFile };
  try {
    await waitForHttp(`http://127.0.0.1:${options.listenPort}/api/health`, child, `nginx (log: ${logFile}, ${options.runtimeDir}/error.log)`);
  } catch (err) {
    await stop(managed);
    throw err;
  }
  return managed;
}

/** Ends one started process and its process group: SIGTERM, then SIGKILL after `graceMs`. */
export async function stop(managed: Managed, graceMs = 10_000): Promise<void> {
  const { child } = managed;
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const signal = (s: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, s);
    } catch {
      // Already gone.
    }
  };
  signal("SIGTERM");
  const timer = setTimeout(() => signal("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

/** A build of the app in `distDir` (production mode), unless one is there already. */
export function buildIfMissing(distDir: string, force = false): void {
  if (!force && fs.existsSync(path.join(ROOT, distDir, "BUILD_ID"))) return;
  console.log(`building the production app into ${distDir}`);
  const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new Error("next build failed");
}
