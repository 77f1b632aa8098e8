import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Access checks, rate limits and error mapping live in one place only if every action goes through it.
const root = path.resolve(import.meta.dirname, "../..");
const sourcesUnder = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" ? [] : sourcesUnder(full);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".test.ts") ? [full] : [];
  });
const actionFiles = [...sourcesUnder(path.join(root, "app")), ...sourcesUnder(path.join(root, "lib"))].filter((file) =>
  /^["']use server["'];/m.test(fs.readFileSync(file, "utf8")),
);

describe("server actions", () => {
  it("are all built with formAction or plainAction (lib/actions/form-action.ts)", () => {
    expect(actionFiles.length).toBeGreaterThanOrEqual(15);
    const handWritten = actionFiles.flatMap((file) => {
      const source = fs.readFileSync(file, "utf8");
      const exports = [...source.matchAll(/^export (?:async function|const|function) (\w+)/gm)].map((m) => ({ name: m[1]!, line: m[0] }));
      return exports
        .filter((e) => !new RegExp(`^export const ${e.name} = (formAction|plainAction)\\b`, "m").test(source))
        .map((e) => `${path.relative(root, file)}#${e.name}`);
    });
    expect(handWritten).toEqual([]);
  });
});
