import { defineConfig, devices } from "@playwright/test";
import { loadTestEnv } from "./scripts/lib/test-env";

// The server under test and the specs' own database look-ups use the test environment.
loadTestEnv();

// Runs against the production build (`next build` first), like users get it.
const port = Number(process.env.E2E_PORT ?? 3100);
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 2525);
const smtpHttpPort = Number(process.env.E2E_SMTP_HTTP_PORT ?? 2526);
// The tutor needs a model: a second server of the same build is told about a stand-in OpenAI server that
// e2e/tutor.spec.ts starts on this port. The main server stays without a model, as the other specs expect.
const tutorPort = Number(process.env.E2E_TUTOR_PORT ?? 3101);
process.env.E2E_OPENAI_PORT ??= "3199";
const openAiPort = Number(process.env.E2E_OPENAI_PORT);
const browserArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    // Each spec drives the pages as served; the service worker (public/sw.js) has its own spec, which
    // allows it (e2e/offline-flashcards.spec.ts).
    serviceWorkers: "block",
  },
  projects: [
    {
      name: "chromium",
      testIgnore: /tutor\.spec\.ts$/,
      // This machine has no internet: without these flags Chromium keeps trying to reach Google.
      use: { ...devices["Desktop Chrome"], launchOptions: { executablePath: chromium, args: browserArgs } },
    },
    {
      name: "tutor",
      testMatch: /tutor\.spec\.ts$/,
      use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${tutorPort}`, launchOptions: { executablePath: chromium, args: browserArgs } },
    },
  ],
  webServer: [
    {
      // A real SMTP server the app delivers to; specs read the mailbox over HTTP (e2e/fixtures/mailbox.ts).
      command: "npx tsx e2e/support/smtp-sink.ts",
      url: `http://127.0.0.1:${smtpHttpPort}/health`,
      reuseExistingServer: false,
      timeout: 30_000,
      env: { E2E_SMTP_PORT: String(smtpPort), E2E_SMTP_HTTP_PORT: String(smtpHttpPort) },
    },
    {
      command: `npx next start -p ${port} -H 127.0.0.1`,
      url: `http://127.0.0.1:${port}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "ignore",
      stderr: "pipe",
      // Jobs run inline, as on a single machine: emails go to the sink, the scheduler runs cron jobs.
      env: { SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, JOBS_SCHEDULER: "true" },
    },
    {
      command: `npx next start -p ${tutorPort} -H 127.0.0.1`,
      url: `http://127.0.0.1:${tutorPort}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "ignore",
      stderr: "pipe",
      env: {
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        APP_URL: `http://127.0.0.1:${tutorPort}`,
        OPENAI_API_KEY: "e2e-stand-in",
        OPENAI_BASE_URL: `http://127.0.0.1:${openAiPort}/v1`,
      },
    },
  ],
});
