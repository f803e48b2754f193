import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { expectAccessible, STATE, tokenFor, USERS } from "../helpers";

test.use({ storageState: STATE.marketing });

const csv = (...lines: string[]) => Buffer.from(lines.join("\n") + "\n");

async function campaignId(request: APIRequestContext, token: string): Promise<string> {
  const response = await request.get("/api/v1/options", { headers: { authorization: `Bearer ${token}` } });
  expect(response.status()).toBe(200);
  const { campaigns } = (await response.json()) as { campaigns: { id: string }[] };
  expect(campaigns.length).toBeGreaterThan(0);
  return campaigns[0]!.id;
}

/** The ids of the given lead ids that exist, read from the API's own export. */
async function existingLeads(request: APIRequestContext, token: string, ids: string[]): Promise<string[]> {
  const response = await request.get("/api/v1/export/leads.csv", { headers: { authorization: `Bearer ${token}` } });
  expect(response.status()).toBe(200);
  const exported = new Set((await response.text()).split("\n").map((line) => line.split(",")[0]));
  return ids.filter((id) => exported.has(id));
}

async function chooseFile(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel("CSV file").setInputFiles({ name, mimeType: "text/csv", buffer });
  await expect(page.getByText(`Selected: ${name}`)).toBeVisible();
}

test("marketing checks a leads file, is refused on a bad row, fixes it and imports it", async ({ page, request }) => {
  const token = await tokenFor(request, USERS.marketing);
  const campaign = await campaignId(request, token);
  const prefix = `e2e-${Date.now()}`;
  const ids: [string, string, string, string] = [`${prefix}-1`, `${prefix}-2`, `${prefix}-3`, `${prefix}-4`];
  const today = new Date().toISOString().slice(0, 10);
  const row = (id: string, createdAt: string) => `${id},${id}@example.com,${createdAt},marketing,${campaign},paid_search`;
  const header = "id,email,created_at,source,campaign_id,channel";
  const bad = csv(header, row(ids[0], `${today}T09:00:00Z`), row(ids[1], `${today}T10:00:00Z`), row(ids[2], "2026-13-45"), row(ids[3], `${today}T11:00:00Z`));
  const fixed = csv(
    header,
    row(ids[0], `${today}T09:00:00Z`),
    row(ids[1], `${today}T10:00:00Z`),
    row(ids[2], `${today}T10:30:00Z`),
    row(ids[3], `${today}T11:00:00Z`),
  );

  await page.goto("/import");
  await expect(page.getByRole("heading", { level: 1, name: "Import" })).toBeVisible();
  // Marketing may import leads but not teams, and the page says who may.
  await expect(page.getByRole("radio", { name: "Leads" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Teams" })).toBeDisabled();
  await expect(page.getByText("Only admin may import teams; you are marketing.")).toBeVisible();

  await chooseFile(page, "leads.csv", bad);
  await expect(page.getByRole("region", { name: "First rows of the file" })).toContainText(ids[0]);
  await expect(page.getByLabel("created_at", { exact: true })).toHaveValue("created_at");

  await page.getByRole("button", { name: "Check file" }).click();
  const check = page.getByRole("region", { name: "Rejected rows" });
  await expect(page.getByRole("heading", { name: "Some rows have problems" })).toBeVisible();
  await expect(page.getByText("3 rows are valid: 3 new")).toBeVisible();
  const problem = check.getByRole("row").filter({ hasText: "2026-13-45" });
  await expect(problem.getByRole("cell").nth(0)).toHaveText("4");
  await expect(problem.getByRole("cell").nth(1)).toHaveText("created_at");
  await expect(problem.getByRole("cell").nth(2)).toContainText("must be an ISO 8601 timestamp");
  await page.screenshot({ path: "test-results/screenshots/import-check.png", fullPage: true });

  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Nothing was imported" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Rejected rows" }).getByRole("row").filter({ hasText: "2026-13-45" })).toContainText("4");
  expect(await existingLeads(request, token, ids)).toEqual([]);

  await chooseFile(page, "leads-fixed.csv", fixed);
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByRole("heading", { name: "The file is ready to import" })).toBeVisible();
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Import complete" })).toBeVisible();
  await expect(page.getByTestId("import-inserted")).toHaveText("4");
  await page.screenshot({ path: "test-results/screenshots/import-done.png", fullPage: true });
  await expect(page.getByTestId("import-rejected")).toHaveText("0");
  await expect(page.getByRole("link", { name: "See the overview" })).toHaveAttribute("href", "/");
  expect(await existingLeads(request, token, ids)).toEqual(ids);
});

test("a HubSpot export is mapped by its headers, remembered, and imported", async ({ page, request }) => {
  const token = await tokenFor(request, USERS.marketing);
  const prefix = `hs-${Date.now()}`;
  const file = csv(
    "Record ID,Email,Create Date,Lifecycle Stage,Lead Source,HubSpot Score,Favourite Colour",
    `${prefix}-1,one@example.com,2026-03-02T14:05:00Z,lead,marketing,40,blue`,
    `${prefix}-2,two@example.com,2026-03-03T14:05:00Z,marketingqualifiedlead,partner,75,green`,
  );
  await page.goto("/import");
  await chooseFile(page, "hubspot-contacts.csv", file);

  await expect(page.getByLabel("Record ID")).toHaveValue("id");
  await expect(page.getByLabel("Email", { exact: true })).toHaveValue("email");
  await expect(page.getByLabel("Create Date")).toHaveValue("created_at");
  await expect(page.getByLabel("Lifecycle Stage")).toHaveValue("");
  await expect(page.getByLabel("Lead Source")).toHaveValue("source");
  await expect(page.getByLabel("HubSpot Score")).toHaveValue("score");
  await expect(page.getByLabel("Favourite Colour")).toHaveValue("");

  // Unmapping a required field is flagged before anything is sent.
  await page.getByLabel("Create Date").selectOption("");
  await expect(page.getByText("No column is imported into the required field created_at.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Import", exact: true })).toBeDisabled();
  await page.getByLabel("Create Date").selectOption("created_at");

  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Import complete" })).toBeVisible();
  await expect(page.getByTestId("import-inserted")).toHaveText("2");
  expect(await existingLeads(request, token, [`${prefix}-1`, `${prefix}-2`])).toHaveLength(2);

  // The choice for a column no preset knows is remembered for the next leads file.
  await page.reload();
  await page.getByLabel("Favourite Colour").waitFor({ state: "detached" });
  await chooseFile(page, "hubspot-again.csv", csv("Record ID,Legacy Owner,Create Date,Lead Source", `${prefix}-3,u9,2026-03-04T00:00:00Z,sales`));
  await page.getByLabel("Legacy Owner").selectOption("owner_id");
  await page.reload();
  await chooseFile(page, "hubspot-again.csv", csv("Record ID,Legacy Owner,Create Date,Lead Source", `${prefix}-3,u9,2026-03-04T00:00:00Z,sales`));
  await expect(page.getByLabel("Legacy Owner")).toHaveValue("owner_id");
});

test("a Windows-1252 export is read as such, refused as UTF-8, and imported with its accents", async ({ page, request }) => {
  const token = await tokenFor(request, USERS.marketing);
  const id = `cp1252-${Date.now()}`;
  // As Excel saves a CSV in French: é is the single byte 0xE9.
  const file = Buffer.from(`id,company,created_at,source\n${id},Société Générale,2026-03-02T14:05:00Z,sales\n`, "latin1");
  await page.goto("/import");
  await chooseFile(page, "crm-export.csv", file);
  await expect(page.getByLabel("Encoding")).toHaveValue("windows-1252");
  await expect(page.getByText("This file is not UTF-8, so it is read as Windows-1252.", { exact: false })).toBeVisible();
  await expect(page.getByRole("region", { name: "First rows of the file" })).toContainText("Société Générale");

  await page.getByLabel("Encoding").selectOption("utf-8");
  await expect(page.getByText("This file is not valid UTF-8, so the import will refuse it.", { exact: false })).toBeVisible();
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByText("The file is not valid UTF-8: line 2, column", { exact: false })).toBeVisible();

  await page.getByLabel("Encoding").selectOption("windows-1252");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Import complete" })).toBeVisible();
  const exported = await request.get("/api/v1/export/leads.csv", { headers: { authorization: `Bearer ${token}` } });
  expect((await exported.text()).split("\n").find((line) => line.startsWith(`${id},`))).toContain("Société Générale");
});

test.describe("as sales", () => {
  test.use({ storageState: STATE.sales });

  test("the import page has no serious accessibility violation", async ({ page }) => {
    await page.goto("/import");
    await expect(page.getByRole("radio", { name: "Opportunities" })).toBeChecked();
    await chooseFile(
      page,
      "deals.csv",
      csv(
        "Record ID,Deal Name,Deal Stage,Amount,Close Date,Create Date,Associated Contact,Lead Source",
        "d-1,Acme renewal,won,1200.50,2026-03-10T00:00:00Z,2026-03-01T00:00:00Z,,sales",
        "d-2,Globex,open,5000,,2026-03-02T00:00:00Z,,sales",
      ),
    );
    await page.getByRole("button", { name: "Check file" }).click();
    await expect(page.getByRole("heading", { name: "The file is ready to import" })).toBeVisible();
    await expectAccessible(page, "/import", { screenshot: "import" });
  });
});
