import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { firstLoadReport, isStudentRoute, parseClientReferenceManifest, routeOfEntry } from "./bundle-report";

describe("routes of a build", () => {
  it("drops route groups and the page suffix", () => {
    expect(routeOfEntry("/(student)/practice/[sessionId]/page")).toBe("/practice/[sessionId]");
    expect(routeOfEntry("/(public)/page")).toBe("/");
    expect(routeOfEntry("/admin/users/page")).toBe("/admin/users");
  });

  it("knows the student routes the budget applies to, and no others", () => {
    for (const r of [
      "/dashboard",
      "/onboarding",
      "/questions",
      "/practice/new",
      "/practice/[sessionId]",
      "/flashcards",
      "/mocks/[mockId]",
      "/settings/sessions",
    ])
      expect(isStudentRoute(r)).toBe(true);
    for (const r of ["/", "/sign-in", "/courses/[slug]", "/admin/content", "/dashboards-old", "/questionsx"]) expect(isStudentRoute(r)).toBe(false);
  });

  it("reads the one manifest a client-reference-manifest file assigns", () => {
    const source = `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST["/(student)/dashboard/page"] = {"entryJSFiles":{"[project]/app/layout":["static/chunks/a.js"]}};\n`;
    expect(parseClientReferenceManifest(source)).toEqual({
      entry: "/(student)/dashboard/page",
      manifest: { entryJSFiles: { "[project]/app/layout": ["static/chunks/a.js"] } },
    });
    expect(() => parseClientReferenceManifest("module.exports = {}")).toThrow(/not a client reference manifest/);
  });
});

describe("firstLoadReport", () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), "bundle-report-"));
  afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));
  const chunk = (name: string, text: string) => {
    fs.mkdirSync(path.join(dist, "static", "chunks"), { recursive: true });
    fs.writeFileSync(path.join(dist, "static", "chunks", name), text);
    return gzipSync(Buffer.from(text), { level: 9 }).length;
  };
  const page = (dir: string, entry: string, files: Record<string, string[]>) => {
    fs.mkdirSync(path.join(dist, "server", "app", dir), { recursive: true });
    fs.writeFileSync(
      path.join(dist, "server", "app", dir, "page_client-reference-manifest.js"),
      `globalThis.__RSC_MANIFEST["${entry}"] = ${JSON.stringify({ entryJSFiles: files })};`,
    );
  };

  it("sums each chunk a page loads once, gzipped: the shared runtime, its layouts and its own entry", () => {
    const runtime = chunk("runtime.js", "r".repeat(5000));
    const layout = chunk("layout.js", "const layout = 1;".repeat(200));
    const dashboard = chunk("dashboard.js", "export const chart = [1,2,3];".repeat(300));
    chunk("lazy.js", "never loaded first");
    fs.writeFileSync(
      path.join(dist, "build-manifest.json"),
      JSON.stringify({ rootMainFiles: ["static/chunks/runtime.js"], polyfillFiles: ["static/chunks/lazy.js"] }),
    );
    page("(student)/dashboard", "/(student)/dashboard/page", {
      "[project]/app/layout": ["static/chunks/layout.js"],
      "[project]/app/(student)/dashboard/page": ["static/chunks/layout.js", "static/chunks/dashboard.js", "static/chunks/page.css"],
    });
    page("(public)", "/(public)/page", { "[project]/app/layout": ["static/chunks/layout.js"] });

    const report = firstLoadReport(dist);
    const dash = report.find((r) => r.route === "/dashboard")!;
    expect(dash).toMatchObject({ student: true, gzipBytes: runtime + layout + dashboard });
    expect(dash.chunks.sort()).toEqual(["static/chunks/dashboard.js", "static/chunks/layout.js", "static/chunks/runtime.js"]);
    expect(report.find((r) => r.route === "/")).toMatchObject({ student: false, gzipBytes: runtime + layout });
    expect(report[0]!.route).toBe("/dashboard"); // largest first
  });

  it("fails with a message naming the missing build", () => {
    expect(() => firstLoadReport(path.join(dist, "nowhere"))).toThrow(/no production build in .*nowhere/);
  });
});
