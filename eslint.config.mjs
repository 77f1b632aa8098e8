import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // process.env is read in exactly one place: lib/env.ts validates it at start (config files and
      // instrumentation.ts read only what Next.js or the tools set themselves).
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Import { env } from '@/lib/env' instead." }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: [
      "lib/env.ts",
      "next.config.ts",
      "instrumentation.ts",
      "prisma.config.ts",
      "playwright.config.ts",
      "scripts/**",
      "e2e/**",
      "**/*.test.ts",
      "vitest.*.ts",
      "prisma/seed/scale/**",
    ],
    rules: { "no-restricted-properties": "off" },
  },
  {
    // Test data and doubles live in lib/test-support/ for tests alone: shipped code never builds on them.
    files: ["app/**", "lib/**", "prisma/**", "scripts/**", "proxy.ts", "instrumentation.ts"],
    ignores: ["**/*.test.ts", "lib/test-support/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/lib/test-support/*"], message: "Test support is for tests only." }] }],
    },
  },
  {
    // Playwright fixtures call their continuation `use`, which is not React's hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  // deploy/aws is its own TypeScript project (own package.json and tsconfig; `npm test` there type-checks it).
  globalIgnores([
    ".next/**",
    ".next-bench/**",
    ".next-ops/**",
    "generated/**",
    "node_modules/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
    "bench/results/**",
    "deploy/**",
  ]),
]);
