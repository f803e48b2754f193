import { expect, test } from "@playwright/test";
import { expectAccessible, signIn, signOut, STATE, USERS } from "../helpers";

const run = Date.now().toString(36);

test.use({ storageState: STATE.admin });

test.describe("with a session of its own", () => {
  test.use({ storageState: STATE.none });

  test("an admin adds a team and a sales user, who then signs in and lands on the funnel", async ({ page }) => {
    // It signs out, so it signs in on its own: the saved admin session stays valid for the other specs.
    await signIn(page, USERS.admin);
    const teamId = `e2e-${run}`;
    const email = `seller-${run}@example.com`;
    await page.goto("/admin?tab=teams");
    await expect(page.getByRole("tab", { name: "Teams", selected: true })).toBeVisible();
    await page.getByLabel("Id", { exact: true }).fill(teamId);
    await page.getByLabel("Name", { exact: true }).fill(`Team ${run}`);
    await page.getByRole("button", { name: "Create team" }).click();
    await expect(page.getByRole("cell", { name: `Team ${run}`, exact: true })).toBeVisible();

    // A duplicate id is refused at the field.
    await page.getByLabel("Id", { exact: true }).fill(teamId);
    await page.getByLabel("Name", { exact: true }).fill("Again");
    await page.getByRole("button", { name: "Create team" }).click();
    await expect(page.getByText(`Id A team with id "${teamId}" already exists.`)).toBeVisible();

    await page.getByRole("tab", { name: "Users" }).click();
    await expect(page).toHaveURL(/tab=users/);
    await page.getByRole("button", { name: "Create user" }).click(); // empty: every field says what is wrong
    await expect(page.getByText("Email must be an email address.")).toBeVisible();
    await expect(page.getByText("Initial password must be at least 10 characters.")).toBeVisible();

    await page.getByLabel("Email", { exact: true }).fill(email);
    await page.getByLabel("Name", { exact: true }).fill(`Seller ${run}`);
    await page.getByLabel("Role", { exact: true }).selectOption("sales");
    await page.getByLabel("Team", { exact: true }).selectOption({ label: `Team ${run}` });
    await page.getByLabel("Initial password").fill("seller-password-1");
    await page.getByRole("button", { name: "Create user" }).click();
    await expect(page.getByText(`Created ${email}.`)).toBeVisible();
    await expect(page.getByLabel(`Role of ${email}`)).toHaveValue("sales");
    await expect(page.getByLabel(`Team of ${email}`)).toHaveValue(teamId);

    // The team is now in use: deleting it is refused with the reason.
    await page.getByRole("tab", { name: "Teams" }).click();
    await page.getByRole("button", { name: `Delete team Team ${run}` }).click();
    await page.getByRole("button", { name: "Yes, delete" }).click();
    await expect(page.getByRole("alert").filter({ hasText: `Team "Team ${run}" (${teamId}) is still referenced by 1 user;` })).toBeVisible();

    await signOut(page);
    await signIn(page, email, "seller-password-1");
    await expect(page).toHaveURL(/\/funnel$/);
    // Sales sees only its own API tokens on /admin.
    await page.goto("/admin");
    await expect(page.getByRole("tab")).toHaveText(["API tokens"]);
    await signOut(page);

    // Deactivated, the user can no longer sign in.
    await signIn(page, USERS.admin);
    await page.goto("/admin?tab=users");
    await page.getByRole("button", { name: `Deactivate ${email}` }).click();
    await page.getByRole("button", { name: "Yes, deactivate" }).click();
    await expect(page.getByRole("button", { name: "Reactivate" }).first()).toBeVisible();
    await signOut(page);
    await page.getByLabel("Email", { exact: true }).fill(email);
    await page.getByLabel("Password").fill("seller-password-1");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "That email and password do not match an active user." })).toBeVisible();
  });
});

test("a new API token is shown once, works, and stops working when revoked", async ({ page, request }) => {
  const name = `Nightly export ${run}`;
  await page.goto("/admin?tab=tokens");
  await page.getByLabel("Token name").fill(name);
  await page.getByRole("button", { name: "Create token" }).click();
  const shown = page.getByLabel("New API token");
  await expect(shown).toHaveValue(/^tdm_/);
  const token = await shown.inputValue();
  await expectAccessible(page, "token shown once", { screenshot: "admin-token-once" });
  await page.getByRole("button", { name: "I have copied it" }).click();
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("Active");

  const auth = { authorization: `Bearer ${token}` };
  expect((await request.get("/api/v1/tokens", { headers: auth })).status()).toBe(200);

  await page.reload();
  await expect(page.getByRole("row").filter({ hasText: name })).toBeVisible();
  await expect(page.getByLabel("New API token")).toHaveCount(0);
  expect(await page.content()).not.toContain(token);

  await page.getByRole("button", { name: `Revoke token ${name}` }).click();
  await page.getByRole("button", { name: "Yes, revoke" }).click();
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("Revoked");
  expect((await request.get("/api/v1/tokens", { headers: auth })).status()).toBe(401);
});

test.describe("as marketing", () => {
  test.use({ storageState: STATE.marketing });

  test("marketing manages campaigns and its own tokens, nothing else", async ({ page }) => {
    const id = `camp-${run}`;
    await page.goto("/admin");
    await expect(page.getByRole("tab")).toHaveText(["Campaigns", "API tokens"]);
    await page.getByRole("tab", { name: "Campaigns" }).click();
    await page.getByLabel("Id", { exact: true }).fill(id);
    await page.getByLabel("Name", { exact: true }).fill(`Campaign ${run}`);
    await page.getByLabel("Channel").selectOption("email");
    await page.getByLabel("Starts on").fill("2026-03-02");
    await page.getByLabel("Ends on").fill("2026-03-01");
    await page.getByRole("button", { name: "Create campaign" }).click();
    await expect(page.getByText("Ends on must not be before starts_on.")).toBeVisible();
    await page.getByLabel("Ends on").fill("2026-03-31");
    await page.getByRole("button", { name: "Create campaign" }).click();
    const row = page.getByRole("row").filter({ hasText: id });
    await expect(row).toContainText("2026-03-02 – 2026-03-31");
    await page.getByRole("button", { name: `Delete campaign Campaign ${run}` }).click();
    await page.getByRole("button", { name: "Yes, delete" }).click();
    await expect(row).toHaveCount(0);
  });
});

test("the admin page has no serious accessibility violation in any tab and is kept as a screenshot", async ({ page }) => {
  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1, name: "Admin" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Spend entry" })).toHaveAttribute("href", "/admin/spend");
  await expect(page.getByRole("link", { name: "Import data" })).toHaveAttribute("href", "/import");
  for (const tab of ["Users", "Teams", "Campaigns", "Targets", "API tokens"]) {
    await page.getByRole("tab", { name: tab }).click();
    await expect(page.getByRole("tab", { name: tab, selected: true })).toBeVisible();
    await expect(page.getByRole("status")).toHaveCount(0);
    await expectAccessible(page, tab, { screenshot: `admin-${tab.toLowerCase().replace(" ", "-")}` });
  }
  await page.getByRole("tab", { name: "Users" }).click();
  await expect(page.getByRole("table", { name: "Users" })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/admin.png", fullPage: true });
});
