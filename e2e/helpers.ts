import { expect, type APIRequestContext, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "tandem-demo";
export const USERS = {
  admin: "admin@tandem.demo",
  marketing: "marketing@tandem.demo",
  sales: "sales@tandem.demo",
} as const;

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

export function isoDaysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}
