import { expect, test, type APIRequestContext } from "@playwright/test";
import { expectAccessible, signIn, signOut, STATE, tokenFor, USERS } from "../helpers";

// sales@tandem.demo is in the SMB team (lib/db/prepare.ts).
const TEAM = "team-smb";
const HOUR = 3_600_000;

test.use({ storageState: STATE.sales });

type Handoff = { id: string; status: string; version: number; rejectionReason: string | null; acceptedAt: string | null; rejectedAt: string | null };

/** Handoffs of our own, imported the way marketing would, so the test never races the demo data. */
async function handOver(request: APIRequestContext, stamp: string, leads: { key: string; company: string; hoursAgo: number }[]) {
  const token = await tokenFor(request, USERS.marketing);
  const iso = (hoursAgo: number) => new Date(Date.now() - hoursAgo * HOUR).toISOString();
  const post = async (table: string, lines: string[]) => {
    const response = await request.post(`/api/v1/import/${table}`, {
      data: lines.join("\n") + "\n",
      headers: { authorization: `Bearer ${token}`, "content-type": "text/csv" },
    });
    expect(response.status(), await response.text()).toBe(200);
  };
  await post("leads", [
    "id,email,company,created_at,source,campaign_id,channel,score,mql_at",
    ...leads.map(
      (l) =>
        `L-e2e-${stamp}-${l.key},${l.key}-${stamp}@example.com,${l.company},${iso(l.hoursAgo + 48)},marketing,cmp-google-brand,paid_search,81,${iso(l.hoursAgo + 1)}`,
    ),
  ]);
  await post("handoffs", ["id,lead_id,team_id,sent_at", ...leads.map((l) => `H-e2e-${stamp}-${l.key},L-e2e-${stamp}-${l.key},${TEAM},${iso(l.hoursAgo)}`)]);
}

async function handoffsAsSales(request: APIRequestContext): Promise<Handoff[]> {
  const token = await tokenFor(request, USERS.sales);
  const response = await request.get("/api/v1/handoffs?status=all&pageSize=100", { headers: { authorization: `Bearer ${token}` } });
  expect(response.status()).toBe(200);
  return (await response.json()).handoffs;
}

test("sales accepts one handoff and rejects another with a reason; the API agrees", async ({ page, request }) => {
  const stamp = Date.now().toString(36);
  const names = { accept: `Accept Me ${stamp}`, reject: `Reject Me ${stamp}`, late: `Late Lead ${stamp}` };
  await handOver(request, stamp, [
    { key: "accept", company: names.accept, hoursAgo: 0.2 },
    { key: "reject", company: names.reject, hoursAgo: 0.3 },
    { key: "late", company: names.late, hoursAgo: 30 },
  ]);

  await page.goto("/inbox");
  await expect(page.getByRole("heading", { level: 1, name: "Handoff inbox" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Open/, pressed: true })).toBeVisible();
  const card = (name: string) => page.getByRole("listitem", { name });

  // The MQL reason and the live SLA clock; the late one says it is breached in words.
  await expect(card(names.accept)).toContainText("Google Ads – Brand");
  await expect(card(names.accept)).toContainText("81");
  await expect(card(names.accept).getByTestId("sla")).toHaveText(/Follow-up due in 23 h/);
  await expect(card(names.late).getByTestId("sla")).toHaveText(/SLA breached: follow-up overdue by 6 h/);

  await expectAccessible(page, "/inbox", { screenshot: "inbox" });

  await card(names.accept)
    .getByRole("button", { name: `Accept ${names.accept}` })
    .click();
  await expect(page.getByText(`Accepted ${names.accept}.`)).toBeVisible();
  // It leaves the open list once the list is reloaded.
  await expect(card(names.accept)).toHaveCount(0);

  // The reason picker works from the keyboard: focus lands on the first reason, a reason is required.
  await card(names.reject)
    .getByRole("button", { name: `Reject ${names.reject}` })
    .click();
  const picker = card(names.reject).getByRole("group", { name: `Why reject ${names.reject}?` });
  await expect(picker.getByRole("radio").first()).toBeFocused();
  await card(names.reject).getByRole("button", { name: "Reject lead" }).press("Enter");
  await expect(card(names.reject).getByRole("alert")).toHaveText(/Pick a reason/);
  await picker.getByRole("radio", { name: "No budget" }).check();
  await expectAccessible(page, "open reason picker", { include: `[data-handoff="H-e2e-${stamp}-reject"]` });
  await card(names.reject).screenshot({ path: "test-results/screenshots/inbox-reject.png" });
  await card(names.reject).getByRole("button", { name: "Reject lead" }).click();
  await expect(page.getByText(`Rejected ${names.reject} (No budget).`)).toBeVisible();
  await expect(card(names.reject)).toHaveCount(0);

  const byId = new Map((await handoffsAsSales(request)).map((h) => [h.id, h]));
  expect(byId.get(`H-e2e-${stamp}-accept`)).toMatchObject({ status: "accepted", rejectedAt: null, version: 2 });
  expect(byId.get(`H-e2e-${stamp}-reject`)).toMatchObject({ status: "rejected", rejectionReason: "no_budget", acceptedAt: null, version: 2 });

  // The accepted tab shows it with the time it was accepted.
  await page.getByRole("button", { name: /^Accepted/ }).click();
  await expect(page).toHaveURL(/status=accepted/);
  await expect(card(names.accept)).toContainText("Accepted");

  // Following up the late one stops its clock.
  await page.getByRole("button", { name: /^Open/ }).click();
  await card(names.late)
    .getByRole("button", { name: `Mark followed up ${names.late}` })
    .click();
  await expect(page.getByText(`Marked followed up: ${names.late}.`)).toBeVisible();
  await expect(card(names.late)).toContainText("Followed up late");
});

test("a stale version answers 409 on screen and the list reloads", async ({ page, request }) => {
  const stamp = Date.now().toString(36);
  const name = `Stale Lead ${stamp}`;
  await handOver(request, stamp, [{ key: "stale", company: name, hoursAgo: 0.1 }]);
  await page.goto("/inbox");
  await expect(page.getByRole("listitem", { name })).toBeVisible();

  // Someone else accepts it meanwhile.
  const token = await tokenFor(request, USERS.sales);
  const other = await request.post(`/api/v1/handoffs/H-e2e-${stamp}-stale/follow-up`, { data: { version: 1 }, headers: { authorization: `Bearer ${token}` } });
  expect(other.status()).toBe(200);

  await page
    .getByRole("listitem", { name })
    .getByRole("button", { name: `Accept ${name}` })
    .click();
  await expect(page.getByRole("alert").filter({ hasText: "changed since you loaded it" })).toBeVisible();
  // Rolled back and reloaded: still open, now followed up.
  await expect(page.getByRole("listitem", { name })).toContainText("Followed up");
  await expect(page.getByRole("listitem", { name }).getByRole("button", { name: `Accept ${name}` })).toBeVisible();
});

test.describe("as admin, with a session of its own", () => {
  // It signs out, so it signs in on its own: the saved admin session stays valid for the other specs.
  test.use({ storageState: STATE.none });

  test("admins pick a team and see the SLA editor; marketing reads only; the API guards writes", async ({ page, request, baseURL }) => {
    await signIn(page, USERS.admin);
    await page.goto("/inbox");
    await expect(page.getByLabel("Follow-up SLA (hours)")).toHaveValue(/^\d+(\.\d+)?$/);
    await page.getByLabel("Follow-up SLA (hours)").fill("0");
    await page.getByRole("button", { name: "Save SLA" }).click();
    await expect(page.getByText("Follow-up SLA (hours) must be more than 0 hours.")).toBeVisible();
    await page.getByLabel("Team").selectOption({ label: "Enterprise" });
    await expect(page).toHaveURL(/team=team-enterprise/);
    await expect(page.getByRole("button", { name: /^All/ })).toBeVisible();
    await expectAccessible(page, "/inbox as admin", { screenshot: "inbox-admin", fullPage: false });
    await signOut(page);

    await signIn(page, USERS.marketing);
    await page.goto("/inbox");
    await expect(page.getByText("the sales teams accept, reject and follow them up")).toBeVisible();
    await expect(page.getByRole("button", { name: /^Accept / })).toHaveCount(0);
    await expect(page.getByLabel("Follow-up SLA (hours)")).toHaveCount(0);

    // Not `request`: it carries this test's signed-in storage state.
    expect((await fetch(`${baseURL}/api/v1/handoffs`)).status).toBe(401);
    const marketing = await tokenFor(request, USERS.marketing);
    const list = await request.get("/api/v1/handoffs?team=team-smb", { headers: { authorization: `Bearer ${marketing}` } });
    const first = (await list.json()).handoffs[0] as Handoff;
    const refused = await request.post(`/api/v1/handoffs/${first.id}/accept`, {
      data: { version: first.version },
      headers: { authorization: `Bearer ${marketing}` },
    });
    expect(refused.status()).toBe(403);
    const patch = await request.patch("/api/v1/settings", { data: { followUpSlaHours: 12 }, headers: { authorization: `Bearer ${marketing}` } });
    expect(patch.status()).toBe(403);
  });
});
