import { defineConfig } from "@playwright/test";
import { loadTestEnv } from "./scripts/lib/test-env";
loadTestEnv();
export default defineConfig({
  testDir: ".",
  testMatch: "shots.spec.ts",
  timeout: 180_000,
  workers: 1,
  use: { baseURL: "http://127.0.0.1:3170", launchOptions: { executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] } },
});
