import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// What `import "server-only"` would guard, checked without it: the modules a "use client" component
// pulls in, followed import by import, never include the database, Redis, the environment (secrets) or
// sessions. (server-only itself throws under plain Node, and seed scripts, e2e fixtures and jobs import
// these modules outside Next.js.) Type-only imports are left out: they are erased before bundling.

const root = process.cwd();
const serverOnly = ["lib/db/", "lib/redis/", "lib/env.ts", "lib/auth/", "lib/jobs/", "lib/email/", "lib/accounts/", "lib/observability/", "generated/"];
/** Made for the browser: the cookie that only hints at a session (see the module). */
const clientSafe = ["lib/auth/signed-in-hint.ts"];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const directive = (name: string) => new RegExp(`^(?:\\s|//[^\\n]*\\n|/\\*[\\s\\S]*?\\*/)*["']${name}["']`);
const isClientComponent = (source: string) => directive("use client").test(source);
/** A "use server" file reaches the client as references to its actions, not as code. */
const isServerActions = (source: string) => directive("use server").test(source);

/** Value imports (not `import type`) and re-exports, static and dynamic. */
const valueImports = (source: string) =>
  [...source.matchAll(/(?:^|\n)\s*(?:import|export)\s+(?!type\s)[^;]*?from\s+"([^"]+)"|(?:^|\n)\s*import\s+"([^"]+)"|import\(\s*"([^"]+)"\s*\)/g)].map(
    (m) => (m[1] ?? m[2] ?? m[3])!,
  );

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? path.join(root, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")])
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  return null;
}

/** Every project module reachable from `entry`, each with the chain of imports that reaches it. */
function reachable(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    for (const spec of valueImports(fs.readFileSync(file, "utf8"))) {
      const target = resolve(file, spec);
      if (!target || seen.has(target)) continue;
      seen.set(target, [...seen.get(file)!, target]);
      if (!isServerActions(fs.readFileSync(target, "utf8"))) queue.push(target);
    }
  }
  return seen;
}

const rel = (file: string) => path.relative(root, file);

describe("client components", () => {
  it("never pull in server-only modules (database, Redis, env, sessions, jobs, email)", () => {
    const clients = [...sourceFiles(path.join(root, "app")), ...sourceFiles(path.join(root, "lib"))].filter((f) =>
      isClientComponent(fs.readFileSync(f, "utf8")),
    );
    expect(clients.length).toBeGreaterThan(20);
    const leaks = clients.flatMap((client) =>
      [...reachable(client)]
        .filter(([file]) => !isServerActions(fs.readFileSync(file, "utf8")))
        .filter(([file]) => serverOnly.some((p) => rel(file).startsWith(p)) && !clientSafe.includes(rel(file)))
        .map(([, chain]) => chain.map(rel).join(" → ")),
    );
    expect(leaks).toEqual([]);
  });

  it("are followed through re-exports and relative imports, but not type-only imports", () => {
    expect(valueImports(`import type { X } from "@/lib/db/prisma";\nimport { y } from "./y";\nexport { z } from "@/lib/env";\nimport "./side";`)).toEqual([
      "./y",
      "@/lib/env",
      "./side",
    ]);
    expect(isClientComponent(`// why\n"use client";\nimport x from "y";`)).toBe(true);
    expect(isClientComponent(`import x from "y";\n"use client";`)).toBe(false);
    expect(isServerActions(`/* actions */\n"use server";`)).toBe(true);
  });
});
