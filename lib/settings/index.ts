import { z } from "zod";
import { db } from "@/lib/db/client";

/** Settings an admin can change, each with its schema and the default used until it is set. */
export const SETTINGS = {
  /** Hours a sales team has to follow up a handoff before it counts as an SLA breach. */
  followUpSlaHours: { schema: z.coerce.number().positive().max(24 * 90), default: 24 },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.output<(typeof SETTINGS)[K]["schema"]>;

export async function getSetting<K extends SettingKey>(key: K): Promise<SettingValue<K>> {
  const row = await db().setting.findUnique({ where: { key } });
  const parsed = SETTINGS[key].schema.safeParse(row?.value);
  return (parsed.success ? parsed.data : SETTINGS[key].default) as SettingValue<K>;
}

export async function setSetting<K extends SettingKey>(key: K, value: unknown): Promise<SettingValue<K>> {
  const parsed = SETTINGS[key].schema.parse(value) as SettingValue<K>;
  await db().setting.upsert({ where: { key }, create: { key, value: parsed }, update: { value: parsed } });
  return parsed;
}
