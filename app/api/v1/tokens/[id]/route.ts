import { route } from "@/lib/api/route";
import { adminEndpoints } from "@/features/admin/contract";
import { revokeToken } from "@/features/admin/server/tokens";

/** Revokes (owner or admin): the row stays, with revoked_at, so the list shows when and which. */
export const DELETE = route(adminEndpoints.revokeToken, ({ user, params }) => revokeToken(user, params.id));
