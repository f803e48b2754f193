import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "tandem-demo";
export const USERS = {
  admin: "admin@tandem.demo",
  marketing: "marketing@tandem.demo",
  sales: "sales@tandem.demo",
} as const;
export type Role = keyof typeof USERS;

/**
 * The last day of the demo data the e2e server loads (TANDEM_DEMO_END in playwright.config.ts):
 * fixed, so the seeded numbers do not move from one day to the next.
 */
export const DEMO_END = "2026-11-23";

/**
 * The signed-in browser state of each demo user, written once per run by e2e/auth.setup.ts.
 * A spec signs in as a role with `test.use({ storageState: STATE.admin })`; tests about signing
 * in or out start from `STATE.none` and sign in themselves.
 */
export const STATE = {
  admin: path.join(__dirname, ".auth", "admin.json"),
  marketing: path.join(__dirname, ".auth", "marketing.json"),
  sales: path.join(__dirname, ".auth", "sales.json"),
  none: { cookies: [], origins: [] },
} satisfies Record<Role, string> & { none: object };

export async function tokenFor(request: APIRequestContext, email: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await request.post("/api/v1/session", { data: { email, password } });
  expect(response.status()).toBe(200);
  return (await response.json()).token;
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
}

/** The date `days` before the demo data's last day, so a period always has the same data. */
export function demoDaysAgo(days: number): string {
  return new Date(Date.parse(`${DEMO_END}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Fails, under `label`, with each serious or critical axe violation on the page (or inside the
 * `include` selector) and the first three elements it found it on. With `screenshot`, the checked
 * page is then kept as test-results/screenshots/<screenshot>.png, whole unless `fullPage: false`.
 */
export async function expectAccessible(page: Page, label: string, options: { include?: string; screenshot?: string; fullPage?: boolean } = {}) {
  const { include, screenshot, fullPage = true } = options;
  const axe = new AxeBuilder({ page });
  const { violations } = await (include ? axe.include(include) : axe).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const where = (v: (typeof serious)[number]) =>
    v.nodes
      .map((n) => n.target.join(" "))
      .slice(0, 3)
      .join(", ");
  expect(
    serious.map((v) => `${v.id}: ${where(v)}`),
    label,
  ).toEqual([]);
  if (screenshot) await page.screenshot({ path: `test-results/screenshots/${screenshot}.png`, fullPage });
}
