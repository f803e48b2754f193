import { expect, test, type Page } from "@playwright/test";
import { STATE } from "../helpers";

const PAGES = ["/", "/funnel", "/teams", "/campaigns", "/customers", "/website", "/kpis", "/kpis/cpl", "/inbox", "/import", "/admin", "/admin/spend"];

/** Every Content-Security-Policy violation the page reports, from its first byte on. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportViolation: (text: string) => void }).reportViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

/** A page's policy: a nonce for its scripts, and nothing framed, inline or evaluated otherwise. */
function expectPagePolicy(headers: Record<string, string>) {
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
}

test.describe("signed in", () => {
  test.use({ storageState: STATE.admin });

  for (const path of PAGES) {
    test(`${path} renders and runs under the Content-Security-Policy`, async ({ page }) => {
      const violations = await watchViolations(page);
      const response = await page.goto(path);
      expectPagePolicy(response!.headers());
      await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
      await page.waitForLoadState("networkidle");
      expect(violations).toEqual([]);
    });
  }

  test("navigating between pages loads their code under the policy", async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Main" });
    await nav.getByRole("link", { name: "Funnel", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Funnel" })).toBeVisible();
    await nav.getByRole("link", { name: "Campaigns", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Campaigns and channels" })).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
  });

  test("the API reference (Scalar) renders and runs under the same policy", async ({ page }) => {
    const violations = await watchViolations(page);
    const response = await page.goto("/api-reference");
    expectPagePolicy(response!.headers());
    await expect(page.getByRole("heading", { name: "Tandem API" }).first()).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
  });

  test("an unknown address answers the 404 page under the policy", async ({ page }) => {
    const violations = await watchViolations(page);
    const response = await page.goto("/no-such-page");
    expect(response!.status()).toBe(404);
    expectPagePolicy(response!.headers());
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
  });

  test("the session cookie does not carry a change from another site", async ({ page }) => {
    // What the prober sent: the admin's cookie, another site's Origin, a text/plain JSON body.
    const forged = await page.request.post("/api/v1/teams", {
      headers: { origin: "http://evil.example", "sec-fetch-site": "cross-site", "content-type": "text/plain" },
      data: JSON.stringify({ id: "csrf", name: "Forged" }),
    });
    expect(forged.status()).toBe(403);
    expect(await forged.json()).toEqual({ error: { code: "forbidden", message: "Cross-site request refused" } });
    expect(forged.headers()["cache-control"]).toBe("no-store");
    // The same cookie from Tandem's own page goes through (to a 404: nothing is changed).
    const own = await page.request.delete("/api/v1/teams/no-such-team", { headers: { "sec-fetch-site": "same-origin" } });
    expect(own.status()).toBe(404);
  });

  test("a form on another site posting to Tandem is refused by the browser's own Sec-Fetch-Site", async ({ page, baseURL }) => {
    await page.route("http://evil.example/", (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<form method="post" enctype="text/plain" action="${baseURL}/api/v1/teams"><input name='{"id":"csrf","name":"Forged","x":"' value='"}'></form><script>document.forms[0].submit()</script>`,
      }),
    );
    await page.goto("http://evil.example/");
    await expect(page.getByText("Cross-site request refused")).toBeVisible();
  });
});

test.describe("signed out", () => {
  test.use({ storageState: STATE.none });

  test("the sign-in page renders and runs under the policy", async ({ page }) => {
    const violations = await watchViolations(page);
    const response = await page.goto("/signin");
    expectPagePolicy(response!.headers());
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
  });
});
