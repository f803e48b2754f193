import { test as setup } from "@playwright/test";
import { signIn, STATE, USERS, type Role } from "./helpers";

// Each demo user signs in through the form once per run; the UI specs reuse the cookies.
for (const role of Object.keys(USERS) as Role[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await signIn(page, USERS[role]);
    await page.context().storageState({ path: STATE[role] });
  });
}
