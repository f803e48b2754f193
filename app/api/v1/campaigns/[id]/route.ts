import { route } from "@/lib/api/route";
import { adminEndpoints } from "@/features/admin/contract";
import { deleteCampaign, getCampaign, updateCampaign } from "@/features/admin/server/campaigns";

export const GET = route(adminEndpoints.getCampaign, ({ params }) => getCampaign(params.id));

export const PATCH = route(adminEndpoints.updateCampaign, ({ user, params, body }) => updateCampaign(user, params.id, body));

export const DELETE = route(adminEndpoints.deleteCampaign, async ({ user, params }) => {
  await deleteCampaign(user, params.id);
  return null;
});
