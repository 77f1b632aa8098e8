import path from "node:path";
import { defineConfig } from "vitest/config";
import { loadTestEnv } from "./scripts/lib/test-env";

// Tests always run against the test database and key prefix, whatever the shell or .env says.
loadTestEnv(import.meta.dirname);

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts", "app/**/*.test.ts"],
    environment: "node",
    // Integration tests share one PostgreSQL and one Redis; files run one at a time so that tests which
    // stop Redis or use the replica cannot disturb another file.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    setupFiles: ["./vitest.setup.ts"],
    // next-auth imports "next/server" without an extension, which only a bundler resolves.
    server: { deps: { inline: ["next-auth"] } },
  },
});
