import { route } from "@/lib/api/route";
import { spendCreateSchema, spendListQuery } from "@/features/spend/contract";
import { createSpend, listSpend } from "@/features/spend/server/service";

/** GET /api/v1/spend?campaign&from&to: spend rows overlapping the period, newest period first. */
export const GET = route({ permission: "read", query: spendListQuery }, async ({ query }) => listSpend(query));

/** POST /api/v1/spend: a new spend row (admin). */
export const POST = route({ permission: "manage:spend", body: spendCreateSchema }, async ({ body, user }) =>
  Response.json(await createSpend(body, user), { status: 201 }),
);
