import { expect, test, type APIRequestContext } from "@playwright/test";
import { formatValue, type Display } from "../../lib/format";
import { DEMO_END, expectAccessible, signIn, signOut, STATE, tokenFor, USERS } from "../helpers";

test.use({ storageState: STATE.admin });

/** The calendar month before the demo data's last one (UTC): full of leads whatever the date today. */
function lastMonth() {
  const end = new Date(`${DEMO_END}T00:00:00Z`);
  const from = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - 1, 1)).toISOString().slice(0, 10);
  const to = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), 0)).toISOString().slice(0, 10);
  return { from, to, month: from.slice(0, 7) };
}

async function cpl(request: APIRequestContext, headers: Record<string, string>, from: string, to: string) {
  const response = await request.get(`/api/v1/kpis?from=${from}&to=${to}`, { headers });
  expect(response.status()).toBe(200);
  const kpi = (await response.json()).kpis.find((k: { id: string }) => k.id === "cpl");
  return { value: kpi.value as number | null, display: kpi.display as Display };
}

test("an admin enters a month of spend and the cost per lead follows it", async ({ page, request }) => {
  const headers = { authorization: `Bearer ${await tokenFor(request, USERS.admin)}` };
  const { from, to, month } = lastMonth();
  const campaigns = (await (await request.get(`/api/v1/campaigns?from=${from}&to=${to}`, { headers })).json()).campaigns as {
    id: string;
    name: string;
    leads: number | null;
  }[];
  const campaign = campaigns.find((c) => (c.leads ?? 0) > 0)!;
  expect(campaign, "the demo data has a campaign with leads last month").toBeTruthy();
  const before = await cpl(request, headers, from, to);

  await page.goto(`/admin/spend?view=month&month=${month}`);
  await expect(page.getByRole("heading", { level: 1, name: "Spend" })).toBeVisible();
  await expect(page.getByLabel("Month", { exact: true })).toHaveValue(month);
  const input = page.getByLabel(`Amount for ${campaign.name}`);
  const amount = (await input.inputValue()) === "43210.98" ? "54321.09" : "43210.98";
  await input.fill("12.345");
  await page.getByRole("button", { name: "Save month" }).click();
  await expect(page.getByText("Amount must have at most 2 decimals")).toBeVisible();
  await expect(input).toBeFocused();
  await input.fill(amount);
  await expect(page.getByText("Not saved yet")).toBeVisible();
  await page.getByRole("button", { name: "Save month" }).click();
  await expect(page.getByText(new RegExp(`Saved ${month}: [01] added, [01] changed\\.`))).toBeVisible();
  await expect(input).toHaveValue(amount);

  const monthRead = (await (await request.get(`/api/v1/spend/month?month=${month}`, { headers })).json()).campaigns as {
    campaign_id: string;
    row: { amount: string } | null;
  }[];
  expect(monthRead.find((c) => c.campaign_id === campaign.id)?.row?.amount).toBe(amount);
  const after = await cpl(request, headers, from, to);
  expect(after.value).not.toBe(before.value);

  await page.goto(`/?from=${from}&to=${to}`);
  await expect(page.locator('[data-kpi="cpl"]').getByTestId("kpi-value")).toHaveText(formatValue(after.value, after.display));
  await page.goto(`/kpis/cpl?from=${from}&to=${to}`);
  await expect(page.getByTestId("kpi-value")).toHaveText(formatValue(after.value, after.display));
});

test("the campaign grid edits by keyboard, shows a concurrent change and the history", async ({ page, request }) => {
  const headers = { authorization: `Bearer ${await tokenFor(request, USERS.admin)}` };
  const options = (await (await request.get("/api/v1/options", { headers })).json()).campaigns as { id: string; name: string }[];
  const campaign = options.at(-1);
  if (!campaign) throw new Error("GET /api/v1/options lists no campaign");
  // A period long past, so that this row changes no number another spec reads.
  const created = await request.post("/api/v1/spend", {
    headers,
    data: { campaign_id: campaign.id, period_start: "2019-01-01", period_end: "2019-01-31", amount: "100", note: "e2e grid" },
  });
  expect(created.status()).toBe(201);
  const row = await created.json();

  await page.goto(`/admin/spend?campaign=${campaign.id}`);
  // Scoped to the grid: the history table below names the same periods.
  const grid = page.getByRole("grid");
  const line = grid.getByRole("row", { name: "2019-01-01 to 2019-01-31" });
  await expect(line.getByRole("gridcell", { name: "€100.00" })).toBeVisible();

  // Arrows move between cells, Enter edits, Escape cancels.
  await line.getByRole("gridcell", { name: "2019-01-01", exact: true }).click();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(line.getByRole("gridcell", { name: "€100.00" })).toBeFocused();
  await page.keyboard.press("Enter");
  const amount = page.getByLabel("Amount (2019-01-01 to 2019-01-31)");
  await expect(amount).toBeFocused();
  await amount.fill("1,5");
  await page.keyboard.press("Enter");
  await expect(page.getByText(/Amount must be a number like 1234\.56/)).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(amount).toHaveCount(0);
  await expect(line.getByRole("gridcell", { name: "€100.00" })).toBeFocused();

  // Someone else saves while this user edits: the save answers 409 and shows their value.
  await page.keyboard.press("Enter");
  await amount.fill("150.50");
  expect((await request.patch(`/api/v1/spend/${row.id}`, { headers, data: { version: 1, amount: "175" } })).status()).toBe(200);
  await page.keyboard.press("Enter");
  const alert = page.getByRole("alert").filter({ hasText: "Changed by someone else since you opened it" });
  await expect(alert).toContainText("€175.00");
  await page.screenshot({ path: "test-results/screenshots/spend-conflict.png", fullPage: true });
  await alert.getByRole("button", { name: "Reload the current version" }).click();
  await expect(line.getByRole("gridcell", { name: "€175.00" })).toBeVisible();

  await line.getByRole("button", { name: "Edit 2019-01-01 to 2019-01-31" }).click();
  await amount.fill("180");
  await line.getByRole("button", { name: "Save" }).click();
  await expect(line.getByRole("gridcell", { name: "€180.00" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "amount €175.00 → €180.00" })).toContainText("admin@tandem.demo");

  await expect(page.getByRole("row").filter({ hasText: "amount €100.00 → €175.00" })).toBeVisible();

  // A new row: typed in, saved with Enter, then deleted after a confirmation.
  await page.getByRole("button", { name: "Add row" }).click();
  await expect(page.getByLabel("Amount (new row)")).toBeFocused();
  await page.getByLabel("Period start (new row)").fill("2019-02-01");
  await page.getByLabel("Period end (new row)").fill("2019-01-31");
  await page.getByLabel("Amount (new row)").fill("10");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Period end must not be before period start")).toBeVisible();
  await page.getByLabel("Period end (new row)").fill("2019-02-28");
  await page.getByLabel("Note (new row)").fill("added in the grid");
  await page.keyboard.press("Enter");
  const added = grid.getByRole("row", { name: "2019-02-01 to 2019-02-28" });
  await expect(added.getByRole("gridcell", { name: "€10.00" })).toBeFocused();
  await added.getByRole("button", { name: "Delete 2019-02-01 to 2019-02-28" }).click();
  await expect(added.getByRole("button", { name: "Keep" })).toBeFocused();
  await added.getByRole("button", { name: "Delete row" }).click();
  await expect(added).toHaveCount(0);

  await line.getByRole("button", { name: "Delete 2019-01-01 to 2019-01-31" }).click();
  await line.getByRole("button", { name: "Delete row" }).click();
  await expect(line).toHaveCount(0);
  await expect(page.getByRole("row").filter({ hasText: "deleted 2019-01-01 to 2019-01-31" }).first()).toBeVisible();
  expect((await request.get(`/api/v1/spend/${row.id}`, { headers })).status()).toBe(404);
});

test.describe("with a session of its own", () => {
  test.use({ storageState: STATE.none });

  test("the spend page is accessible, kept as a screenshot, and closed to non-admins", async ({ page }) => {
    // It signs out, so it signs in on its own: the saved admin session stays valid for the other specs.
    await signIn(page, USERS.admin);
    for (const view of ["campaign", "month"]) {
      await page.goto(`/admin/spend?view=${view}`);
      await expect(page.getByRole("heading", { level: 1, name: "Spend" })).toBeVisible();
      await expect(page.getByRole("status")).toHaveCount(0);
      await expectAccessible(page, view, { screenshot: `spend${view === "month" ? "-month" : ""}` });
    }
    await signOut(page);
    await signIn(page, USERS.marketing);
    await page.goto("/admin/spend");
    await expect(page.getByText("Only admins can enter spend.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Save month" })).toHaveCount(0);
  });
});
