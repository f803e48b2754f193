import { expect, test } from "@playwright/test";
import { signIn, USERS } from "../helpers";

const ROLES = ["admin", "marketing", "sales"] as const;

for (const role of ROLES) {
  test(`${role}: signs in, sees the overview with the API's numbers, signs out`, async ({ page }) => {
    await signIn(page, USERS[role]);
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
    const tile = page.locator('[data-kpi="leads"]');
    await expect(tile.getByTestId("kpi-value")).not.toHaveText("—");

    // The tile shows what the API answers for the same (default) filters: the last 30 days.
    const to = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - 29 * 86_400_000).toISOString().slice(0, 10);
    const api = await (await page.request.get(`/api/v1/kpis?from=${from}&to=${to}`)).json();
    for (const id of ["leads", "mqls", "sqls"]) {
      const value = api.kpis.find((k: { id: string }) => k.id === id).value as number;
      await expect(page.locator(`[data-kpi="${id}"]`).getByTestId("kpi-value")).toHaveText(value.toLocaleString("en-GB"));
    }
    const spend = api.kpis.find((k: { id: string }) => k.id === "spend").value as number;
    await expect(page.locator('[data-kpi="spend"]').getByTestId("kpi-value")).toHaveText(
      new Intl.NumberFormat("en-GB", { style: "currency", currency: "EUR", minimumFractionDigits: 2 }).format(spend),
    );
    await page.screenshot({ path: `test-results/screenshots/overview-${role}.png`, fullPage: true });

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
    await page.goto("/");
    await expect(page).toHaveURL(/\/signin/);
  });
}

test("a wrong password is refused with a message", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(USERS.admin);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "do not match" })).toBeVisible();
});
