import { route } from "@/lib/api/route";
import { spendDeleteQuery, spendPatchSchema } from "@/features/spend/contract";
import { deleteSpend, getSpend, updateSpend } from "@/features/spend/server/service";

export const GET = route({ permission: "read" }, async ({ params }) => getSpend(String(params.id)));

/** PATCH /api/v1/spend/{id}: carries the `version` it read; 409 with the current row when stale. */
export const PATCH = route({ permission: "manage:spend", body: spendPatchSchema }, async ({ params, body, user }) =>
  updateSpend(String(params.id), body, user),
);

/** DELETE /api/v1/spend/{id}?version=N: 409 when the row changed since, 404 when it is gone. */
export const DELETE = route({ permission: "manage:spend", query: spendDeleteQuery }, async ({ params, query, user }) =>
  deleteSpend(String(params.id), query.version, user),
);
