import { campaignUpdate, deleteCampaign, getCampaign, updateCampaign } from "@/features/admin/server/campaigns";
import { route } from "@/lib/api/route";

export const GET = route({ permission: "read" }, async ({ params }) => getCampaign(String(params.id)));

export const PATCH = route({ permission: "manage:campaigns", body: campaignUpdate }, async ({ user, params, body }) => updateCampaign(user, String(params.id), body));

export const DELETE = route({ permission: "manage:campaigns" }, async ({ user, params }) => {
  await deleteCampaign(user, String(params.id));
  return new Response(null, { status: 204 });
});
