import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Keeps lib/ layered: no two folders may import each other, directly or round a longer loop. A folder-level
// cycle is how one misplaced file (an error class, an admin loader, a job registry) ends up making every
// module depend on every other. Tests are left out: a test may reach for whatever it exercises.

const libDir = path.join(process.cwd(), "lib");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The lib/ folder a module path lies in ("errors" for lib/errors.ts), or null outside lib/. */
function folderOf(modulePath: string): string | null {
  const rel = path.relative(libDir, modulePath);
  if (rel.startsWith("..")) return null;
  return rel.split(path.sep)[0]!.replace(/\.tsx?$/, "");
}

const importSpecifiers = (source: string) =>
  [...source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"|import\(\s*"([^"]+)"\s*\)/g)].map((m) => (m[1] ?? m[2])!);

/** Folder → the folders it imports, each with one file that does so (for the failure message). */
function folderGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of sourceFiles(libDir)) {
    const from = folderOf(file)!;
    for (const spec of importSpecifiers(fs.readFileSync(file, "utf8"))) {
      const target = spec.startsWith("@/lib/")
        ? path.join(libDir, spec.slice("@/lib/".length))
        : spec.startsWith(".")
          ? path.resolve(path.dirname(file), spec)
          : null;
      const to = target && folderOf(target);
      if (!to || to === from) continue;
      if (!graph.has(from)) graph.set(from, new Map());
      if (!graph.get(from)!.has(to)) graph.get(from)!.set(to, `${path.relative(process.cwd(), file)} imports ${spec}`);
    }
  }
  return graph;
}

/** Strongly connected components with more than one folder (Tarjan). */
function cycles(graph: Map<string, Map<string, string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) found.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe("lib/ folders", () => {
  it("import each other without cycles", () => {
    const graph = folderGraph();
    expect(graph.size).toBeGreaterThan(20);
    const explained = cycles(graph).map((component) =>
      component.flatMap((a) => component.filter((b) => graph.get(a)?.has(b)).map((b) => `${a} → ${b}: ${graph.get(a)!.get(b)}`)),
    );
    expect(explained).toEqual([]);
  });

  it("finds a cycle when two folders import each other", () => {
    const graph = new Map([
      ["a", new Map([["b", "a.ts imports b"]])],
      ["b", new Map([["c", "b.ts imports c"]])],
      ["c", new Map([["a", "c.ts imports a"]])],
      ["d", new Map([["a", "d.ts imports a"]])],
    ]);
    expect(cycles(graph)).toEqual([["a", "b", "c"]]);
  });
});
