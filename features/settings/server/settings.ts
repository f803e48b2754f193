import "server-only";
import type { Prisma, PrismaClient } from "@prisma/client";
import { z } from "zod";
import { followUpSlaHours, type Settings, type SettingsPatch } from "@/features/settings/contract";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db/client";

type Client = PrismaClient | Prisma.TransactionClient;

/**
 * Settings an admin can change, each with its schema and the default used until it is set. A
 * setting's schema is its feature's (the PATCH /api/v1/settings contract validates with it too).
 */
export const SETTINGS = {
  /** Hours a sales team has to follow up a handoff before it counts as an SLA breach. */
  followUpSlaHours: {
    schema: z.coerce.number().pipe(followUpSlaHours),
    default: 24,
  },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.output<(typeof SETTINGS)[K]["schema"]>;

export async function getSetting<K extends SettingKey>(key: K, client: Client = db()): Promise<SettingValue<K>> {
  const row = await client.setting.findUnique({ where: { key } });
  const parsed = SETTINGS[key].schema.safeParse(row?.value);
  return (parsed.success ? parsed.data : SETTINGS[key].default) as SettingValue<K>;
}

export async function setSetting<K extends SettingKey>(key: K, value: unknown, client: Client = db()): Promise<SettingValue<K>> {
  const parsed = SETTINGS[key].schema.parse(value) as SettingValue<K>;
  await client.setting.upsert({ where: { key }, create: { key, value: parsed }, update: { value: parsed } });
  return parsed;
}

/** Every setting with its current value (GET /api/v1/settings). */
export async function readSettings(): Promise<Settings> {
  return { followUpSlaHours: await getSetting("followUpSlaHours") };
}

/** Changes settings and audits each change, in one transaction. */
export async function updateSettings(userId: string, patch: SettingsPatch): Promise<Settings> {
  await db().$transaction(async (tx) => {
    for (const key of Object.keys(patch) as SettingKey[]) {
      const before = await getSetting(key, tx);
      const after = await setSetting(key, patch[key], tx);
      await recordAudit(tx, { userId, action: "update", entity: "setting", entityId: key, before: { value: before }, after: { value: after } });
    }
  });
  return readSettings();
}
