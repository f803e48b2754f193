import { settingsEndpoints } from "@/features/settings/contract";
import { readSettings, updateSettings } from "@/features/settings/server/settings";
import { route } from "@/lib/api/route";

export const GET = route(settingsEndpoints.settings, () => readSettings());

export const PATCH = route(settingsEndpoints.updateSettings, ({ user, body }) => updateSettings(user.id, body));
