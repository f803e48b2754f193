import { z } from "zod";
import { endpoint } from "@/lib/api/contract";

/**
 * The installation's settings: what an admin can change, each with its schema. The store that
 * reads and writes them is server/settings.ts.
 */
/** The follow-up SLA an admin sets; the Teams report and the inbox read it. */
export const followUpSlaHours = z
  .number({ error: "must be a number of hours" })
  .positive("must be more than 0 hours")
  .max(24 * 90, "must be at most 2160 hours (90 days)");

export const settings = z.object({ followUpSlaHours });
export type Settings = z.infer<typeof settings>;

/** PATCH /api/v1/settings: JSON numbers only (no "12" strings), at least one known key. */
export const settingsPatch = z
  .strictObject(settings.shape)
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'Send at least one setting to change, e.g. {"followUpSlaHours": 24}.' });
export type SettingsPatch = z.output<typeof settingsPatch>;

export const settingsEndpoints = {
  settings: endpoint({
    method: "GET",
    path: "/api/v1/settings",
    tag: "settings",
    summary: "The installation's settings",
    description: "followUpSlaHours: the hours a sales team has to follow up a handoff before it counts as an SLA breach.",
    access: "read",
    response: settings,
  }),
  updateSettings: endpoint({
    method: "PATCH",
    path: "/api/v1/settings",
    tag: "settings",
    summary: "Change settings",
    description: "Each change is audited. Answers every setting with its new value.",
    access: "manage:settings",
    body: settingsPatch,
    response: settings,
  }),
};
