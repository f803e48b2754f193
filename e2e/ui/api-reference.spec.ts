import { expect, test } from "@playwright/test";
import { STATE } from "../helpers";

test.use({ storageState: STATE.admin });

test("the API reference renders the OpenAPI document without reaching beyond this server", async ({ page, baseURL }) => {
  test.slow();
  const origin = new URL(baseURL!).origin;
  const outside: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if ((url.protocol === "http:" || url.protocol === "https:") && url.origin !== origin) outside.push(request.url());
  });
  await page.goto("/api-reference");
  await expect(page.getByRole("heading", { level: 1, name: "API reference", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "/api/v1/openapi.json" })).toHaveAttribute("href", "/api/v1/openapi.json");
  // Scalar has fetched and rendered the document: its title is the reference's first heading.
  // Its bundle is large and loaded on demand, so give it the time of a slow machine.
  await expect(page.getByRole("heading", { name: "Tandem API" }).first()).toBeVisible({ timeout: 45_000 });
  await page.screenshot({ path: "test-results/screenshots/api-reference.png", fullPage: true });
  expect(outside).toEqual([]);
});
