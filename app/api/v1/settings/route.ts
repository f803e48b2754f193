import { route } from "@/lib/api/route";
import { readSettings, updateSettings } from "@/lib/settings";
import { handoffEndpoints } from "@/features/handoffs/contract";

export const GET = route(handoffEndpoints.settings, () => readSettings());

export const PATCH = route(handoffEndpoints.updateSettings, ({ user, body }) => updateSettings(user.id, body));
