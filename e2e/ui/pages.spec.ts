import { expect, test } from "@playwright/test";
import { expectAccessible, signIn, signOut, STATE, USERS } from "../helpers";

const PAGES = [
  { path: "/", heading: "Overview" },
  { path: "/funnel", heading: "Funnel" },
  { path: "/teams", heading: "Teams" },
  { path: "/campaigns", heading: "Campaigns and channels" },
  { path: "/customers", heading: "Customers and unit economics" },
  { path: "/website", heading: "Website" },
  { path: "/kpis", heading: "KPI catalogue" },
  { path: "/kpis/cpl", heading: "Cost per lead" },
  { path: "/admin", heading: "Admin" },
];

test.use({ storageState: STATE.admin });

for (const { path, heading } of PAGES) {
  test(`${path} renders its data, has no serious accessibility violation, and is kept as a screenshot`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(page.getByRole("status")).toHaveCount(0); // every skeleton has been replaced
    await expect(page.getByRole("alert").filter({ hasText: /could not be loaded/ })).toHaveCount(0);
    await expectAccessible(page, path, { screenshot: `page-${path === "/" ? "overview" : path.slice(1).replace(/\//g, "-")}` });
    // The first screenful of the overview is the README's picture (docs/overview.png).
    if (path === "/") await page.screenshot({ path: "test-results/screenshots/overview-first-screen.png" });
  });
}

test.describe("signing in", () => {
  test.use({ storageState: STATE.none });

  test("sales users land on the funnel, marketing on the overview", async ({ page }) => {
    await signIn(page, USERS.sales);
    await expect(page).toHaveURL(/\/funnel$/);
    await signOut(page);
    await signIn(page, USERS.marketing);
    await expect(page).toHaveURL(/\/$/);
  });
});

test.describe("as marketing", () => {
  test.use({ storageState: STATE.marketing });

  test("filters live in the URL and survive a reload", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("Date range").click();
    await page.getByRole("option", { name: "Last month" }).click();
    await page.getByLabel("Channel").click();
    await page.getByRole("option", { name: "paid search" }).click();
    await expect(page).toHaveURL(/range=last_month/);
    await expect(page).toHaveURL(/channel=paid_search/);
    // The tile shows what the API answers for last month's paid search leads, before and after a reload.
    const now = new Date();
    const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 10);
    const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0)).toISOString().slice(0, 10);
    const api = await (await page.request.get(`/api/v1/kpis?from=${from}&to=${to}&channel=paid_search`)).json();
    const leads = (api.kpis.find((k: { id: string }) => k.id === "leads").value as number).toLocaleString("en-GB");
    const tile = page.locator('[data-kpi="leads"]').getByTestId("kpi-value");
    await expect(tile).toHaveText(leads);
    await page.reload();
    await expect(page.getByLabel("Date range")).toHaveText("Last month");
    await expect(page.getByLabel("Channel")).toHaveText("paid search");
    await expect(tile).toHaveText(leads);
  });
});

test("a tile clicks through to the rows behind it", async ({ page }) => {
  await page.goto("/");
  await page.locator('[data-kpi="mqls"]').click();
  await expect(page.getByRole("heading", { level: 1, name: "MQLs" })).toBeVisible();
  const value = await page.getByTestId("kpi-value").textContent();
  await expect(page.getByText(new RegExp(`— ${value} rows from`))).toBeVisible();
  await expect(page.getByRole("table").first()).toBeVisible();
});

test("every page fits a tablet held upright without scrolling sideways", async ({ page }) => {
  // It loads every page in turn: give it the time of several tests.
  test.slow();
  await page.setViewportSize({ width: 768, height: 1024 });
  for (const { path, heading } of PAGES) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(page.getByRole("status")).toHaveCount(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await page.goto("/");
  await expect(page.getByRole("status")).toHaveCount(0);
  await page.screenshot({ path: "test-results/screenshots/tablet-overview.png", fullPage: true });
});
