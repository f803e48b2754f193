import { z } from "zod";
import { endpoint, wire } from "@/lib/api/contract";
import { isoDate } from "@/lib/dates";
import { CHANNELS, ROLES, TEAM_KINDS } from "@/lib/enums";
import { expiresInDays } from "@/features/auth/contract";
import { KPI_IDS } from "@/features/kpis/registry";

/**
 * The admin area's contract: users, teams, campaigns, targets and API tokens ("the usual REST
 * shape under /api/v1", docs/api.md). The request schemas are also the admin forms' schemas, so
 * a form refuses what the server would refuse, with the same words.
 */

/** A record id from the user's CRM: the same ids the CSV import uses in references. */
export const recordId = z
  .string()
  .trim()
  .min(1, "is required")
  .max(64, "must be at most 64 characters")
  .regex(/^[^\s/?#]+$/, "must not contain spaces, slashes, ? or #");

export const displayName = z.string().trim().min(1, "is required").max(100, "must be at most 100 characters");

/** A date field a form may send empty: "" and null both clear it. */
const optionalDate = z.preprocess((v) => (v === "" ? null : v), isoDate.nullable());

/** An optional reference a form may send empty ("" = none). */
const optionalRef = z.preprocess((v) => (v === "" ? null : v), z.string().trim().min(1).nullable());

const atLeastOne = (v: object) => Object.keys(v).length > 0;
const NOTHING_TO_CHANGE = "name at least one field to change";

// Users

const email = z.string().trim().toLowerCase().pipe(z.email("must be an email address"));
const role = z.enum(ROLES, { message: "must be admin, marketing or sales" });
const password = z.string().min(10, "must be at least 10 characters").max(200, "must be at most 200 characters");

export const userCreate = z.strictObject({ email, name: displayName, role, team_id: optionalRef.optional(), password });
export const userUpdate = z
  .strictObject({ name: displayName, role, team_id: optionalRef, active: z.boolean({ message: "must be true or false" }), password })
  .partial()
  .refine(atLeastOne, NOTHING_TO_CHANGE);

/** A user as the API answers it: never the password hash. */
export const adminUser = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    team_id: z.string().nullable(),
    active: z.boolean(),
    created_at: wire.timestamp,
  })
  .meta({ id: "User" });
export type AdminUser = z.infer<typeof adminUser>;

// Teams

const kind = z.enum(TEAM_KINDS, { message: "must be sales or marketing" });

export const teamCreate = z.strictObject({ id: recordId, name: displayName, kind: kind.default("sales") });
// The id is what imported handoffs and opportunities point at, so it does not change.
export const teamUpdate = z.strictObject({ name: displayName, kind }).partial().refine(atLeastOne, NOTHING_TO_CHANGE);

export const adminTeam = z.object({ id: z.string(), name: z.string(), kind: z.enum(TEAM_KINDS) }).meta({ id: "Team" });
export type AdminTeam = z.infer<typeof adminTeam>;

// Campaigns

const channel = z.enum(CHANNELS, { message: `must be one of ${CHANNELS.join(", ")}` });

export const campaignCreate = z
  .strictObject({ id: recordId, name: displayName, channel, starts_on: optionalDate.optional(), ends_on: optionalDate.optional() })
  .superRefine((v, ctx) => {
    if (v.starts_on && v.ends_on && v.ends_on < v.starts_on) ctx.addIssue({ code: "custom", path: ["ends_on"], message: "must not be before starts_on" });
  });
export const campaignUpdate = z
  .strictObject({ name: displayName, channel, starts_on: optionalDate, ends_on: optionalDate })
  .partial()
  .refine(atLeastOne, NOTHING_TO_CHANGE);

export const adminCampaign = z
  .object({ id: z.string(), name: z.string(), channel: z.enum(CHANNELS), starts_on: wire.date.nullable(), ends_on: wire.date.nullable() })
  .meta({ id: "Campaign" });
export type AdminCampaign = z.infer<typeof adminCampaign>;

// Targets

const kpiId = z.enum(KPI_IDS, { message: "must be the id of a KPI in the catalogue (GET /api/v1/kpis)" });
// numeric(18, 6): sent as text (or a JSON number) and kept a Decimal, never a float.
const value = z
  .union([z.string(), z.number()], { message: "must be a number" })
  .transform((v) => String(v).trim())
  .refine((v) => /^-?\d{1,12}(\.\d{1,6})?$/.test(v), "must be a number with at most 12 digits before and 6 after the decimal point");

export const targetCreate = z
  .strictObject({ kpi_id: kpiId, period_start: isoDate, period_end: isoDate, value, team_id: optionalRef.optional() })
  .superRefine((v, ctx) => {
    if (v.period_end < v.period_start) ctx.addIssue({ code: "custom", path: ["period_end"], message: "must not be before period_start" });
  });
export const targetUpdate = z
  .strictObject({ kpi_id: kpiId, period_start: isoDate, period_end: isoDate, value, team_id: optionalRef })
  .partial()
  .refine(atLeastOne, NOTHING_TO_CHANGE);

/** `value` is in the KPI's unit: a ratio as a fraction (0.25 for 25 %), money in the currency. */
export const adminTarget = z
  // A stored target may name a KPI since dropped from the catalogue: it is still answered.
  .object({
    id: z.string(),
    kpi_id: z.string(),
    period_start: wire.date,
    period_end: wire.date,
    value: z.string().meta({ description: "exact decimal in the KPI's unit", example: "0.25" }),
    team_id: z.string().nullable(),
  })
  .meta({ id: "Target" });
export type AdminTarget = z.infer<typeof adminTarget>;

// API tokens

export const tokenCreate = z.strictObject({ name: displayName, expires_in_days: expiresInDays.optional() });

/** Tokens are never shown again after creation: the list has names and dates, not secrets. */
export const adminToken = z
  .object({
    id: z.string(),
    name: z.string(),
    created_at: wire.timestamp,
    last_used_at: wire.timestamp.nullable(),
    revoked_at: wire.timestamp.nullable(),
    expires_at: wire.timestamp.nullable().meta({ description: "when the token stops working; null: it does not expire" }),
    owner: z.object({ id: z.string(), email: z.string(), name: z.string() }),
  })
  .meta({ id: "ApiToken" });
export type AdminToken = z.infer<typeof adminToken>;

/** The answer to a creation: the only time the clear token is shown. */
export const createdToken = adminToken.extend({ token: z.string().meta({ description: "the bearer token, shown this once" }) });
export type CreatedToken = z.infer<typeof createdToken>;

// Endpoints

const byId = z.object({ id: z.string() });

export const adminEndpoints = {
  listUsers: endpoint({
    method: "GET",
    path: "/api/v1/users",
    tag: "users",
    summary: "Every user",
    access: "manage:users",
    response: z.object({ users: z.array(adminUser) }),
  }),
  createUser: endpoint({
    method: "POST",
    path: "/api/v1/users",
    tag: "users",
    summary: "Add a user",
    description: "They sign in with this email and password; the email is stored in lower case.",
    access: "manage:users",
    body: userCreate,
    response: adminUser,
    status: 201,
    errors: [409],
  }),
  getUser: endpoint({
    method: "GET",
    path: "/api/v1/users/{id}",
    tag: "users",
    summary: "One user",
    access: "manage:users",
    params: byId,
    response: adminUser,
    errors: [404],
  }),
  updateUser: endpoint({
    method: "PATCH",
    path: "/api/v1/users/{id}",
    tag: "users",
    summary: "Change a user",
    description:
      "Role, team, name, active or a new password. A new password, a role change or a deactivation signs the user out of every browser; a new password or a deactivation also revokes their API tokens (a reactivation revives neither). The last active admin cannot be demoted or deactivated (409).",
    access: "manage:users",
    params: byId,
    body: userUpdate,
    response: adminUser,
    errors: [404, 409],
  }),
  deactivateUser: endpoint({
    method: "DELETE",
    path: "/api/v1/users/{id}",
    tag: "users",
    summary: "Deactivate a user",
    description:
      "Users are deactivated, never deleted: the audit log and imported records keep naming them. Their browser sessions end and their API tokens are revoked. Answers the user.",
    access: "manage:users",
    params: byId,
    response: adminUser,
    errors: [404, 409],
  }),

  createTeam: endpoint({
    method: "POST",
    path: "/api/v1/teams",
    tag: "teams",
    summary: "Add a team",
    access: "manage:teams",
    body: teamCreate,
    response: adminTeam,
    status: 201,
    errors: [409],
  }),
  getTeam: endpoint({
    method: "GET",
    path: "/api/v1/teams/{id}",
    tag: "teams",
    summary: "One team",
    access: "read",
    params: byId,
    response: adminTeam,
    errors: [404],
  }),
  updateTeam: endpoint({
    method: "PATCH",
    path: "/api/v1/teams/{id}",
    tag: "teams",
    summary: "Rename a team or change its kind",
    description: "The id does not change: imports refer to it.",
    access: "manage:teams",
    params: byId,
    body: teamUpdate,
    response: adminTeam,
    errors: [404],
  }),
  deleteTeam: endpoint({
    method: "DELETE",
    path: "/api/v1/teams/{id}",
    tag: "teams",
    summary: "Delete a team",
    description: "A team still referenced by handoffs, opportunities, users or targets is not deleted (409 with the counts).",
    access: "manage:teams",
    params: byId,
    response: wire.none,
    status: 204,
    errors: [404, 409],
  }),

  createCampaign: endpoint({
    method: "POST",
    path: "/api/v1/campaigns",
    tag: "campaigns",
    summary: "Add a campaign",
    access: "manage:campaigns",
    body: campaignCreate,
    response: adminCampaign,
    status: 201,
    errors: [409],
  }),
  getCampaign: endpoint({
    method: "GET",
    path: "/api/v1/campaigns/{id}",
    tag: "campaigns",
    summary: "One campaign",
    access: "read",
    params: byId,
    response: adminCampaign,
    errors: [404],
  }),
  updateCampaign: endpoint({
    method: "PATCH",
    path: "/api/v1/campaigns/{id}",
    tag: "campaigns",
    summary: "Change a campaign",
    description: 'null or "" clears a date.',
    access: "manage:campaigns",
    params: byId,
    body: campaignUpdate,
    response: adminCampaign,
    errors: [404],
  }),
  deleteCampaign: endpoint({
    method: "DELETE",
    path: "/api/v1/campaigns/{id}",
    tag: "campaigns",
    summary: "Delete a campaign",
    description: "A campaign with spend, leads, opportunities or customers is not deleted (409 with the counts).",
    access: "manage:campaigns",
    params: byId,
    response: wire.none,
    status: 204,
    errors: [404, 409],
  }),

  listTargets: endpoint({
    method: "GET",
    path: "/api/v1/targets",
    tag: "targets",
    summary: "Every KPI target",
    access: "read",
    response: z.object({ targets: z.array(adminTarget) }),
  }),
  createTarget: endpoint({
    method: "POST",
    path: "/api/v1/targets",
    tag: "targets",
    summary: "Set a KPI target",
    description: "For the whole company, or a team when team_id is set; value in the KPI's unit.",
    access: "manage:targets",
    body: targetCreate,
    response: adminTarget,
    status: 201,
  }),
  getTarget: endpoint({
    method: "GET",
    path: "/api/v1/targets/{id}",
    tag: "targets",
    summary: "One KPI target",
    access: "read",
    params: byId,
    response: adminTarget,
    errors: [404],
  }),
  updateTarget: endpoint({
    method: "PATCH",
    path: "/api/v1/targets/{id}",
    tag: "targets",
    summary: "Change a KPI target",
    access: "manage:targets",
    params: byId,
    body: targetUpdate,
    response: adminTarget,
    errors: [404],
  }),
  deleteTarget: endpoint({
    method: "DELETE",
    path: "/api/v1/targets/{id}",
    tag: "targets",
    summary: "Delete a KPI target",
    access: "manage:targets",
    params: byId,
    response: wire.none,
    status: 204,
    errors: [404],
  }),

  listTokens: endpoint({
    method: "GET",
    path: "/api/v1/tokens",
    tag: "tokens",
    summary: "API tokens",
    description: "Your own tokens; an admin sees everyone's. Never the secret.",
    access: "manage:own-tokens",
    response: z.object({ tokens: z.array(adminToken) }),
  }),
  createToken: endpoint({
    method: "POST",
    path: "/api/v1/tokens",
    tag: "tokens",
    summary: "Create an API token for yourself",
    description:
      "The token acts as you, with your role. The answer carries the clear token, this once; Tandem keeps only its hash. With `expires_in_days` it answers 401 after that many days.",
    access: "manage:own-tokens",
    body: tokenCreate,
    response: createdToken,
    status: 201,
  }),
  revokeToken: endpoint({
    method: "DELETE",
    path: "/api/v1/tokens/{id}",
    tag: "tokens",
    summary: "Revoke an API token",
    description: "Its owner or an admin. The row stays, with revoked_at; revoking again changes nothing. Answers the token.",
    access: "manage:own-tokens",
    params: byId,
    response: adminToken,
    errors: [403, 404],
  }),
};
