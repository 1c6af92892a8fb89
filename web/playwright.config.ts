import { defineConfig } from "@playwright/test";

// Run through scripts/e2e.mjs, which starts a fresh backend and the web app and sets E2E_BASE_URL.
export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "artifacts/test-results",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Two shared cores: one browser at a time keeps timings honest.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
});
