import { defineConfig } from "@playwright/test";
export default defineConfig({
  testDir: ".",
  testMatch: "shots.spec.ts",
  use: { baseURL: "http://127.0.0.1:3170", launchOptions: { executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] } },
});
