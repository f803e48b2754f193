import { revokeToken } from "@/features/admin/server/tokens";
import { route } from "@/lib/api/route";

/** Revokes (owner or admin): the row stays, with revoked_at, so the list shows when and which. */
export const DELETE = route({ permission: "manage:own-tokens" }, async ({ user, params }) => revokeToken(user, String(params.id)));
