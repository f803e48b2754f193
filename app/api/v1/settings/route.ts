import { route } from "@/lib/api/route";
import { readSettings, settingsPatch, updateSettings } from "@/lib/settings";

export const GET = route({ permission: "read" }, async () => readSettings());

export const PATCH = route({ permission: "manage:settings", body: settingsPatch }, async ({ user, body }) => updateSettings(user.id, body));
