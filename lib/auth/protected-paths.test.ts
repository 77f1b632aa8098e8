import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROTECTED_PREFIXES, isProtectedPath } from "./protected-paths";

// The proxy's matcher must be literals, so it cannot import PROTECTED_PREFIXES: this keeps the two in step.
// A signed-in area missing from the matcher gets neither the sign-in redirect nor the per-request CSP nonce.
describe("protected paths", () => {
  it("are exactly the paths the proxy runs on", () => {
    const proxy = fs.readFileSync(path.join(process.cwd(), "proxy.ts"), "utf8");
    const matcher = proxy.match(/matcher:\s*\[([^\]]*)\]/)?.[1] ?? "";
    const prefixes = [...matcher.matchAll(/"(\/[\w-]+)\/:path\*"/g)].map((m) => m[1]);
    expect(prefixes.sort()).toEqual([...PROTECTED_PREFIXES].sort());
  });

  it("cover every page folder of the signed-in student area", () => {
    const student = path.join(process.cwd(), "app/(student)");
    const folders = fs.readdirSync(student, { withFileTypes: true }).filter((e) => e.isDirectory() && !e.name.startsWith("_"));
    for (const folder of folders) expect(isProtectedPath(`/${folder.name}`), folder.name).toBe(true);
  });

  it("match a prefix only at a path boundary", () => {
    expect(isProtectedPath("/questions")).toBe(true);
    expect(isProtectedPath("/questions/abc")).toBe(true);
    expect(isProtectedPath("/questionsx")).toBe(false);
    expect(isProtectedPath("/courses/physics-sl")).toBe(false);
  });
});
