import { afterEach, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import { CHANNELS } from "@/lib/enums";
import { call, resetDatabase, seedUser } from "./harness";

afterEach(resetDatabase);

test("GET /api/v1/options lists campaigns, teams and channels by name for any reader", async () => {
  await db().team.createMany({
    data: [
      { id: "t-smb", name: "SMB", kind: "sales" },
      { id: "t-brand", name: "Brand", kind: "marketing" },
    ],
  });
  await db().campaign.createMany({
    data: [
      { id: "c-spring", name: "Spring", channel: "email", startsOn: new Date("2026-03-01T00:00:00Z"), endsOn: new Date("2026-05-31T00:00:00Z") },
      { id: "c-always", name: "Always on", channel: "paid_search" },
    ],
  });
  const { token } = await seedUser("sales");
  const answer = await call("GET", "/api/v1/options", { token });
  expect(answer.status).toBe(200);
  expect(answer.body).toEqual({
    campaigns: [
      { id: "c-always", name: "Always on", channel: "paid_search", starts_on: null, ends_on: null },
      { id: "c-spring", name: "Spring", channel: "email", starts_on: "2026-03-01", ends_on: "2026-05-31" },
    ],
    teams: [
      { id: "t-brand", name: "Brand", kind: "marketing" },
      { id: "t-smb", name: "SMB", kind: "sales" },
    ],
    channels: [...CHANNELS],
  });
});

test("GET /api/v1/options needs a signed-in caller", async () => {
  expect((await call("GET", "/api/v1/options", { token: null })).status).toBe(401);
});
