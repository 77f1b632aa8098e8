import type { NextConfig } from "next";
import { securityHeaders } from "./lib/http/security-headers";

// next.config runs before lib/env.ts can: it reads the two facts it needs directly.
const production = process.env.NODE_ENV === "production" && (process.env.APP_URL ?? "").startsWith("https://");
const googleSignIn = Boolean(process.env.AUTH_GOOGLE_ID && process.env.AUTH_GOOGLE_SECRET);

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
    return [{ source: "/:path*", headers: securityHeaders({ production, googleSignIn }) }];
  },
};

export default nextConfig;
