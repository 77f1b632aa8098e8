// `npm run bench:bundle [-- <distDir>]`: first-load JavaScript per page of a production build, gzipped.
// Next 16 with Turbopack prints no sizes, so they are computed from the build's manifests: the chunks
// every page loads (build-manifest.json rootMainFiles) plus the chunks of the page's own entry and of
// each layout above it (the page's *_client-reference-manifest.js entryJSFiles). Chunks that
// next/dynamic loads later are not first-load and are not counted; neither are the legacy polyfills,
// which modern browsers skip (nomodule).
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** The budget for every student route, in kB (1 000 bytes) of gzipped JavaScript. */
// Raised from 150 kB when the phone menu and signed-in hint (issue #13) added ~3 kB to every route;
// issue #22 (phone performance) is to bring it back down.
export const STUDENT_ROUTE_BUDGET_KB = 155;

const STUDENT_ROUTES = [
  /^\/dashboard$/,
  /^\/onboarding(\/|$)/,
  /^\/questions(\/|$)/,
  /^\/practice(\/|$)/,
  /^\/flashcards(\/|$)/,
  /^\/mocks(\/|$)/,
  /^\/settings(\/|$)/,
];

export type RouteBundle = { route: string; chunks: string[]; rawBytes: number; gzipBytes: number; student: boolean };

export function isStudentRoute(route: string): boolean {
  return STUDENT_ROUTES.some((r) => r.test(route));
}

/** "/(student)/practice/[sessionId]/page" → "/practice/[sessionId]": route groups do not appear in URLs. */
export function routeOfEntry(entry: string): string {
  const parts = entry
    .replace(/\/page$/, "")
    .split("/")
    .filter((p) => p && !/^\(.*\)$/.test(p));
  return `/${parts.join("/")}`;
}

function pageManifests(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return pageManifests(full);
    return d.name === "page_client-reference-manifest.js" ? [full] : [];
  });
}

type ClientReferenceManifest = { entryJSFiles?: Record<string, string[]> };

/** The manifest file assigns one JSON object: `globalThis.__RSC_MANIFEST["/(group)/route/page"] = {...};` */
export function parseClientReferenceManifest(source: string): { entry: string; manifest: ClientReferenceManifest } {
  const match = /globalThis\.__RSC_MANIFEST\["([^"]+)"\]\s*=\s*(\{[\s\S]*\});?\s*$/.exec(source.trim());
  if (!match) throw new Error("not a client reference manifest (no __RSC_MANIFEST assignment)");
  return { entry: match[1]!, manifest: JSON.parse(match[2]!) as ClientReferenceManifest };
}

/** First-load JS of every page in the build at `distDir`, largest first. */
export function firstLoadReport(distDir: string): RouteBundle[] {
  const buildManifestPath = path.join(distDir, "build-manifest.json");
  if (!fs.existsSync(buildManifestPath)) throw new Error(`no production build in ${distDir} (${buildManifestPath} is missing): run next build first`);
  const { rootMainFiles = [] } = JSON.parse(fs.readFileSync(buildManifestPath, "utf8")) as { rootMainFiles?: string[] };
  const gzipped = new Map<string, { raw: number; gzip: number }>();
  const sizeOf = (chunk: string) => {
    let size = gzipped.get(chunk);
    if (!size) {
      const bytes = fs.readFileSync(path.join(distDir, chunk));
      size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
      gzipped.set(chunk, size);
    }
    return size;
  };
  const manifests = pageManifests(path.join(distDir, "server", "app"));
  if (!manifests.length) throw new Error(`no page manifests under ${distDir}/server/app: is this an App Router build?`);
  return manifests
    .map((file) => {
      const { entry, manifest } = parseClientReferenceManifest(fs.readFileSync(file, "utf8"));
      const route = routeOfEntry(entry);
      const chunks = [...new Set([...rootMainFiles, ...Object.values(manifest.entryJSFiles ?? {}).flat()])].filter((c) => c.endsWith(".js"));
      const sizes = chunks.map(sizeOf);
      return {
        route,
        chunks,
        rawBytes: sizes.reduce((s, x) => s + x.raw, 0),
        gzipBytes: sizes.reduce((s, x) => s + x.gzip, 0),
        student: isStudentRoute(route),
      };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes || a.route.localeCompare(b.route));
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export function bundleTable(routes: RouteBundle[]): string {
  const lines = ["| route | first-load JS (gzip) | raw | chunks | student route |", "|---|---|---|---|---|"];
  for (const r of routes) {
    const verdict = r.student
      ? r.gzipBytes <= STUDENT_ROUTE_BUDGET_KB * 1000
        ? `yes, within ${STUDENT_ROUTE_BUDGET_KB} kB`
        : `**yes, over ${STUDENT_ROUTE_BUDGET_KB} kB**`
      : "";
    lines.push(`| ${r.route} | ${kB(r.gzipBytes)} | ${kB(r.rawBytes)} | ${r.chunks.length} | ${verdict} |`);
  }
  return lines.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const distDir = process.argv[2] ?? ".next-bench";
  try {
    console.log(bundleTable(firstLoadReport(distDir)));
  } catch (err) {
    console.error((err as Error).message);
    process.exitCode = 1;
  }
}
