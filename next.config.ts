import type { NextConfig } from "next";
import { PROTECTED_PREFIXES } from "./lib/auth/protected-paths";
import { contentSecurityPolicy, cspOptionsFromEnv, securityHeaders } from "./lib/http/security-headers";

// next.config runs before lib/env.ts can: it reads the two facts it needs directly.
const cspOptions = cspOptionsFromEnv(process.env);
// Signed-in areas get a per-request nonce policy from the proxy (proxy.ts); every other path this one.
const outsideSignedInAreas = `/((?!(?:${PROTECTED_PREFIXES.map((p) => p.slice(1)).join("|")})(?:/|$)).*)`;

const nextConfig: NextConfig = {
  // Benchmarks build into their own directory so they never replace a developer's build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The Docker image ships the standalone server (NEXT_OUTPUT=standalone, see Dockerfile); `next start`
  // and Vercel use the regular output.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  reactStrictMode: true,
  poweredByHeader: false,
  // Native or worker-thread packages, and pdfkit (it reads its font files at run time), stay in
  // node_modules instead of being bundled.
  serverExternalPackages: ["pino", "pg", "@prisma/adapter-pg", "@node-rs/argon2", "pdfkit"],
  typedRoutes: true,
  // Bulk content imports upload files of up to 5 MB through a server action (lib/content-import/import-limits.ts).
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders(cspOptions) },
      { source: outsideSignedInAreas, headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy(cspOptions) }] },
      // The install manifest and its icons are the same for everyone, so a CDN may keep them; their names
      // carry no hash, so a day's cache (refreshed in the background for a week) bounds how long a change takes.
      { source: "/manifest.webmanifest", headers: [{ key: "Cache-Control", value: "public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800" }] },
      // The service worker must be checked for a new version on every visit, never served from a cache.
      { source: "/sw.js", headers: [{ key: "Cache-Control", value: "no-cache, max-age=0" }] },
      { source: "/icons/:icon", headers: [{ key: "Cache-Control", value: "public, max-age=86400, stale-while-revalidate=604800" }] },
    ];
  },
};

export default nextConfig;
