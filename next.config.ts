import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native or worker-thread packages stay in node_modules instead of being bundled.
  serverExternalPackages: ["pino", "pg", "@prisma/adapter-pg"],
  typedRoutes: true,
};

export default nextConfig;
