import path from "node:path";
import { defineConfig } from "vitest/config";
import { loadTestEnv } from "./scripts/lib/test-env";

// The operations tests (scripts/ops/*.spec.ts) run the production build as real servers behind nginx,
// so they run after `next build`, apart from the unit and integration tests:
//   npx vitest run --config vitest.ops.config.ts      (OPS_DIST_DIR picks another build than .next)
loadTestEnv(import.meta.dirname);

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["scripts/ops/**/*.spec.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 120_000,
    // Starting three servers and nginx on a 2-core machine.
    hookTimeout: 300_000,
    setupFiles: ["./vitest.setup.ts"],
    server: { deps: { inline: ["next-auth"] } },
  },
});
