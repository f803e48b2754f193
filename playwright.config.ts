import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { DEMO_END } from "./e2e/helpers";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const DB_PORT = Number(process.env.E2E_DB_PORT ?? 55433);
export const BASE_URL = `http://127.0.0.1:${PORT}`;
// Keyed by the port so that two checkouts can run their end-to-end tests side by side.
const DATA_DIR = path.join(os.tmpdir(), `tandem-e2e-${DB_PORT}`, "pg");

// Debian's Chromium: Playwright's own browser download is not reachable here.
const chromium = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p));
const browser = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: chromium,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
      "--no-first-run",
    ],
  },
};

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "api", testMatch: /api\/.*\.spec\.ts/ },
    // Signs each demo user in once and saves the cookies to e2e/.auth/<role>.json (git-ignored)
    // for the UI specs' `test.use({ storageState })`.
    { name: "setup", testMatch: /auth\.setup\.ts/, use: browser },
    { name: "ui", testMatch: /ui\/.*\.spec\.ts/, dependencies: ["setup"], use: browser },
  ],
  // The app as users start it (`npm start`), on a fresh embedded PostgreSQL with the demo data
  // (ending on the fixed DEMO_END) and a first admin from ADMIN_EMAIL/ADMIN_PASSWORD. A
  // DATABASE_URL of the developer's is deliberately not passed on: the tests never touch a
  // non-local database.
  webServer: {
    command: `node -e "require('fs').rmSync(process.env.TANDEM_DATA_DIR, { recursive: true, force: true })" && node_modules/.bin/tsx --conditions=react-server scripts/tandem.ts start`,
    url: `${BASE_URL}/signin`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      DATABASE_URL: "",
      PORT: String(PORT),
      TANDEM_DATA_DIR: DATA_DIR,
      TANDEM_DB_PORT: String(DB_PORT),
      TANDEM_DEMO_LEADS: "6000",
      TANDEM_DEMO_END: DEMO_END,
      AUTH_SECRET: "e2e-secret-not-for-production",
      NEXTAUTH_URL: BASE_URL,
      ADMIN_EMAIL: "owner@example.com",
      ADMIN_PASSWORD: "owner-password-1",
    },
  },
});
