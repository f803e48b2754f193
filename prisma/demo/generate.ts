import type pg from "pg";
import { copyRows, type CopyValue } from "@/lib/db/copy";
import { createRandom, type Random } from "./random";

export type DemoOptions = {
  leads: number;
  months: number;
  seed: number;
  /** The last day of data (UTC); defaults to today so "last 30 days" is never empty. */
  end: Date;
};

export type DemoSummary = Record<"teams" | "campaigns" | "spend" | "leads" | "handoffs" | "opportunities" | "customers" | "traffic", number>;

const DAY = 86_400_000;
const HOUR = 3_600_000;

type TeamProfile = {
  id: string;
  name: string;
  acceptRate: number;
  followUpMedianHours: number;
  followUpRate: number;
  dealMedian: number;
  winRate: number;
};

// The story the demo tells: Enterprise is quick and wins big deals, SMB is slow to follow up
// (the SLA breaches a sales leader should notice), Mid-Market sits in between.
const SALES_TEAMS: TeamProfile[] = [
  { id: "team-enterprise", name: "Enterprise", acceptRate: 0.82, followUpMedianHours: 3, followUpRate: 0.93, dealMedian: 42000, winRate: 0.34 },
  { id: "team-midmarket", name: "Mid-Market", acceptRate: 0.74, followUpMedianHours: 9, followUpRate: 0.86, dealMedian: 14000, winRate: 0.29 },
  { id: "team-smb", name: "SMB", acceptRate: 0.61, followUpMedianHours: 38, followUpRate: 0.64, dealMedian: 4200, winRate: 0.22 },
];

type CampaignProfile = {
  id: string;
  name: string;
  channel: string;
  weight: number;
  mqlRate: number;
  monthlySpend: number;
};

// "Paid Social – Broad Awareness" spends a lot and converts badly: the campaign to blame.
const CAMPAIGNS: CampaignProfile[] = [
  { id: "cmp-google-brand", name: "Google Ads – Brand", channel: "paid_search", weight: 9, mqlRate: 0.42, monthlySpend: 6500 },
  { id: "cmp-google-generic", name: "Google Ads – Generic", channel: "paid_search", weight: 12, mqlRate: 0.28, monthlySpend: 14000 },
  { id: "cmp-linkedin-abm", name: "LinkedIn – ABM Decision Makers", channel: "paid_social", weight: 7, mqlRate: 0.36, monthlySpend: 11000 },
  { id: "cmp-social-broad", name: "Paid Social – Broad Awareness", channel: "paid_social", weight: 10, mqlRate: 0.06, monthlySpend: 18500 },
  { id: "cmp-seo-blog", name: "SEO – Blog", channel: "organic_search", weight: 14, mqlRate: 0.24, monthlySpend: 2500 },
  { id: "cmp-newsletter", name: "Monthly Newsletter", channel: "email", weight: 8, mqlRate: 0.3, monthlySpend: 900 },
  { id: "cmp-nurture", name: "Nurture Sequence", channel: "email", weight: 6, mqlRate: 0.34, monthlySpend: 600 },
  { id: "cmp-saastr", name: "SaaStr Booth", channel: "events", weight: 4, mqlRate: 0.45, monthlySpend: 9000 },
  { id: "cmp-webinar", name: "Webinar Series", channel: "events", weight: 5, mqlRate: 0.38, monthlySpend: 2200 },
  { id: "cmp-ebook", name: "State of RevOps eBook", channel: "content", weight: 7, mqlRate: 0.22, monthlySpend: 3200 },
  { id: "cmp-referral", name: "Customer Referral Program", channel: "referral", weight: 4, mqlRate: 0.5, monthlySpend: 1500 },
  { id: "cmp-partner-resell", name: "Reseller Partners", channel: "partner", weight: 4, mqlRate: 0.4, monthlySpend: 2000 },
];

const LANDING_PAGES = ["/", "/pricing", "/demo", "/blog", "/product/forecasting", "/customers"];
const TRAFFIC_CHANNELS = ["paid_search", "paid_social", "organic_search", "email", "events", "content", "referral", "partner", "other"];
const REJECTION_REASONS = ["bad_fit", "no_budget", "duplicate", "wrong_contact", "not_ready"];
const COMPANIES = [
  "Acme",
  "Globex",
  "Initech",
  "Umbrella",
  "Hooli",
  "Stark",
  "Wayne",
  "Wonka",
  "Tyrell",
  "Cyberdyne",
  "Soylent",
  "Vandelay",
  "Pied Piper",
  "Aperture",
  "Oscorp",
  "Massive Dynamic",
];
const SUFFIXES = ["GmbH", "Ltd", "Inc", "SAS", "BV", "AB", "Group", "Labs"];

function utcDay(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/** Seasonality: a summer lull, a December dip, a strong autumn and steady growth. */
function seasonWeight(day: number, first: number, last: number): number {
  const month = new Date(day).getUTCMonth();
  const season = month === 11 ? 0.65 : month === 7 ? 0.8 : month === 8 || month === 9 ? 1.15 : 1;
  return season * (0.75 + 0.5 * ((day - first) / Math.max(last - first, DAY)));
}

/** Leads arrive mostly on weekdays. */
function dayWeight(day: number, first: number, last: number): number {
  const dow = new Date(day).getUTCDay();
  return (dow === 0 || dow === 6 ? 0.35 : 1) * seasonWeight(day, first, last);
}

function iso(ms: number | null): Date | null {
  return ms === null ? null : new Date(ms);
}

function money(value: number): string {
  return value.toFixed(2);
}

/** The item at index `i` of a list the caller indexes within its bounds (the day picker's search). */
function at<T>(items: readonly T[], i: number): T {
  const item = items[i];
  if (item === undefined) throw new Error(`index ${i} is outside the ${items.length} items`);
  return item;
}

/**
 * Fills an empty database with a plausible year and a half of one company's data, through
 * COPY, in one transaction. Deterministic for a given seed and end date.
 */
/**
 * Company targets an admin might set, from the first demo day to a year past the last, so that
 * the scorecard judges these KPIs against them: some met, some close, some missed.
 */
export const DEMO_TARGETS: [kpi: string, value: string][] = [
  ["cpl", "260"],
  ["mql_to_sql_rate", "0.25"],
  ["sal_rate", "0.65"],
  ["followup_rate", "0.70"],
  ["median_hours_to_follow_up", "16"],
  ["win_rate", "0.18"],
  ["roas", "1.2"],
];

async function insertTargets(client: pg.ClientBase, firstDay: number, lastDay: number) {
  const from = new Date(firstDay).toISOString().slice(0, 10);
  const to = new Date(lastDay + 365 * DAY).toISOString().slice(0, 10);
  for (const [kpi, value] of DEMO_TARGETS) {
    await client.query(`INSERT INTO targets (id, kpi_id, period_start, period_end, value) VALUES ($1, $2, $3, $4, $5)`, [
      `demo-target-${kpi}`,
      kpi,
      from,
      to,
      value,
    ]);
  }
}

export async function generateDemoData(client: pg.ClientBase, options: DemoOptions): Promise<DemoSummary> {
  const rnd = createRandom(options.seed);
  const lastDay = utcDay(options.end);
  const now = lastDay + DAY - 1;
  const firstDay = Date.UTC(new Date(lastDay).getUTCFullYear(), new Date(lastDay).getUTCMonth() - options.months + 1, 1);
  const days: number[] = [];
  for (let day = firstDay; day <= lastDay; day += DAY) days.push(day);
  const weights = days.map((day) => dayWeight(day, firstDay, lastDay));
  const cumulative: number[] = [];
  let totalWeight = 0;
  for (const weight of weights) cumulative.push((totalWeight += weight));
  const pickDay = () => {
    const roll = rnd.next() * totalWeight;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at(cumulative, mid) < roll) lo = mid + 1;
      else hi = mid;
    }
    return at(days, lo);
  };

  const summary: DemoSummary = { teams: 0, campaigns: 0, spend: 0, leads: 0, handoffs: 0, opportunities: 0, customers: 0, traffic: 0 };

  await client.query("BEGIN");
  try {
    const teams: CopyValue[][] = [...SALES_TEAMS.map((team) => [team.id, team.name, "sales"]), ["team-demand-gen", "Demand Generation", "marketing"]];
    await copyRows(client, "teams", ["id", "name", "kind"], teams);
    summary.teams = teams.length;

    const campaigns = CAMPAIGNS.map((c) => [c.id, c.name, c.channel, new Date(firstDay).toISOString().slice(0, 10), null]);
    await copyRows(client, "campaigns", ["id", "name", "channel", "starts_on", "ends_on"], campaigns);
    summary.campaigns = campaigns.length;

    const spend: CopyValue[][] = [];
    for (const campaign of CAMPAIGNS) {
      const start = new Date(firstDay);
      for (let m = 0; m < options.months; m++) {
        const monthStart = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + m, 1);
        // Budgets are booked for whole months, the current one included.
        const monthEnd = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + m + 1, 0);
        const amount = campaign.monthlySpend * rnd.between(0.85, 1.2) * seasonWeight(monthStart + 14 * DAY, firstDay, lastDay);
        spend.push([
          `sp-${campaign.id}-${m}`,
          campaign.id,
          new Date(monthStart).toISOString().slice(0, 10),
          new Date(monthEnd).toISOString().slice(0, 10),
          money(amount),
          m === 0 ? "Opening budget" : null,
          "demo-seed",
          new Date(monthStart),
        ]);
      }
    }
    await copyRows(client, "spend", ["id", "campaign_id", "period_start", "period_end", "amount", "note", "entered_by", "entered_at"], spend);
    summary.spend = spend.length;

    const handoffs: CopyValue[][] = [];
    const opportunities: CopyValue[][] = [];
    const customers: CopyValue[][] = [];
    const leadsPerDayChannel = new Map<string, number>();

    function* leads(): Generator<CopyValue[]> {
      for (let i = 0; i < options.leads; i++) {
        const id = `L-${String(i + 1).padStart(7, "0")}`;
        const created = pickDay() + rnd.int(6, 21) * HOUR + rnd.int(0, 3599) * 1000;
        const kind = rnd.next();
        const source = kind < 0.84 ? "marketing" : kind < 0.94 ? "sales" : "partner";
        const campaign =
          source === "marketing" ? rnd.weighted(CAMPAIGNS, (c) => c.weight) : source === "partner" ? CAMPAIGNS.find((c) => c.channel === "partner")! : null;
        const channel = campaign ? campaign.channel : "outbound";
        const company = `${rnd.pick(COMPANIES)} ${rnd.pick(SUFFIXES)}`;
        const score = Math.round(Math.min(100, Math.max(1, rnd.logNormal(campaign ? 35 + campaign.mqlRate * 60 : 55, 0.35))));
        const mqlRate = campaign ? campaign.mqlRate : 0.55;
        let mqlAt: number | null = null;
        let sqlAt: number | null = null;
        let disqualifiedAt: number | null = null;
        const dayKey = `${new Date(created).toISOString().slice(0, 10)}|${channel}`;
        leadsPerDayChannel.set(dayKey, (leadsPerDayChannel.get(dayKey) ?? 0) + 1);

        if (rnd.chance(mqlRate)) {
          mqlAt = created + rnd.logNormal(2.5, 0.8) * DAY;
          if (mqlAt > now) mqlAt = null;
        }
        let teamProfile: TeamProfile | null = null;
        if (mqlAt !== null) {
          teamProfile = rnd.weighted(SALES_TEAMS, (t) => (t.id === "team-smb" ? 5 : t.id === "team-midmarket" ? 3 : 2));
          const sentAt = mqlAt + rnd.logNormal(1.5, 0.7) * HOUR;
          if (sentAt <= now) {
            const age = now - sentAt;
            let acceptedAt: number | null = null;
            let rejectedAt: number | null = null;
            let reason: string | null = null;
            let followUp: number | null = null;
            const decided = age > 3 * DAY || rnd.chance(age / (3 * DAY));
            if (decided) {
              const decisionAt = sentAt + rnd.logNormal(teamProfile.followUpMedianHours / 2 + 1, 0.8) * HOUR;
              if (decisionAt <= now) {
                if (rnd.chance(teamProfile.acceptRate)) acceptedAt = decisionAt;
                else {
                  rejectedAt = decisionAt;
                  reason = rnd.pick(REJECTION_REASONS);
                }
              }
            }
            if (rnd.chance(teamProfile.followUpRate)) {
              const at = sentAt + rnd.logNormal(teamProfile.followUpMedianHours, 0.9) * HOUR;
              if (at <= now) followUp = at;
            }
            handoffs.push([`H-${id.slice(2)}`, id, teamProfile.id, iso(sentAt), iso(acceptedAt), iso(rejectedAt), reason, iso(followUp)]);
            if (acceptedAt !== null && rnd.chance(0.55)) {
              sqlAt = acceptedAt + rnd.logNormal(4, 0.7) * DAY;
              if (sqlAt > now) sqlAt = null;
            }
            if (rejectedAt !== null && rnd.chance(0.5)) disqualifiedAt = rejectedAt;
          }
        } else if (rnd.chance(0.12)) {
          disqualifiedAt = Math.min(created + rnd.logNormal(10, 0.6) * DAY, now);
        }
        if (source === "sales" && mqlAt === null && rnd.chance(0.18)) {
          sqlAt = created + rnd.logNormal(6, 0.6) * DAY;
          if (sqlAt > now) sqlAt = null;
          teamProfile = rnd.pick(SALES_TEAMS);
        }

        if (sqlAt !== null && teamProfile && rnd.chance(0.7)) {
          const oppCreated = sqlAt + rnd.logNormal(2, 0.6) * DAY;
          if (oppCreated <= now) {
            const oppId = `O-${id.slice(2)}`;
            const amount = Math.max(500, rnd.logNormal(teamProfile.dealMedian, 0.5));
            let quotedAt: number | null = rnd.chance(0.68) ? oppCreated + rnd.logNormal(9, 0.5) * DAY : null;
            if (quotedAt !== null && quotedAt > now) quotedAt = null;
            const closeAt = oppCreated + rnd.logNormal(quotedAt ? 45 : 30, 0.45) * DAY;
            let stage = "open";
            let closedAt: number | null = null;
            if (closeAt <= now) {
              const winChance = quotedAt ? teamProfile.winRate * 1.35 : teamProfile.winRate * 0.3;
              stage = rnd.chance(winChance) ? "won" : "lost";
              closedAt = closeAt;
            }
            const ownerId = `rep-${teamProfile.id.slice(5)}-${rnd.int(1, 4)}`;
            opportunities.push([
              oppId,
              id,
              `${company} – ${teamProfile.name} deal`,
              teamProfile.id,
              ownerId,
              source,
              campaign?.id ?? null,
              iso(oppCreated),
              money(amount),
              stage,
              iso(quotedAt),
              iso(closedAt),
            ]);
            if (stage === "won" && closedAt !== null) {
              const started = closedAt + rnd.int(0, 7) * DAY;
              if (started <= now) {
                const monthlyChurn = teamProfile.id === "team-smb" ? 0.025 : teamProfile.id === "team-midmarket" ? 0.012 : 0.006;
                const lifetimeMonths = -Math.log(Math.max(rnd.next(), 1e-9)) / monthlyChurn;
                const churned = started + lifetimeMonths * 30 * DAY;
                customers.push([
                  `C-${id.slice(2)}`,
                  company,
                  oppId,
                  campaign?.id ?? null,
                  channel,
                  iso(started),
                  iso(churned <= now ? churned : null),
                  money(amount / 12),
                ]);
              }
            }
          }
        }
        yield [
          id,
          `${id.toLowerCase()}@${company.toLowerCase().replace(/[^a-z]+/g, "")}.example`,
          company,
          iso(created),
          source,
          campaign?.id ?? null,
          channel,
          score,
          iso(mqlAt),
          iso(sqlAt),
          iso(disqualifiedAt),
          teamProfile ? `rep-${teamProfile.id.slice(5)}-${rnd.int(1, 4)}` : null,
        ];
      }
    }
    await copyRows(
      client,
      "leads",
      ["id", "email", "company", "created_at", "source", "campaign_id", "channel", "score", "mql_at", "sql_at", "disqualified_at", "owner_id"],
      leads(),
    );
    summary.leads = options.leads;
    await copyRows(
      client,
      "handoffs",
      ["id", "lead_id", "team_id", "sent_at", "accepted_at", "rejected_at", "rejection_reason", "first_follow_up_at"],
      handoffs,
    );
    summary.handoffs = handoffs.length;
    await copyRows(
      client,
      "opportunities",
      ["id", "lead_id", "name", "team_id", "owner_id", "source", "campaign_id", "created_at", "amount", "stage", "quoted_at", "closed_at"],
      opportunities,
    );
    summary.opportunities = opportunities.length;
    await copyRows(client, "customers", ["id", "name", "opportunity_id", "campaign_id", "channel", "started_at", "churned_at", "mrr"], customers);
    summary.customers = customers.length;

    summary.traffic = await copyTraffic(client, rnd, days, leadsPerDayChannel, options.leads / Math.max(days.length, 1));
    await insertTargets(client, firstDay, lastDay);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  // What autovacuum would do soon after a bulk load: statistics for the planner, and a visibility
  // map so that counts over an index (leads created in a period) need not read the table.
  await client.query("VACUUM (ANALYZE)");
  return summary;
}

async function copyTraffic(client: pg.ClientBase, rnd: Random, days: number[], leadsPerDayChannel: Map<string, number>, leadsPerDay: number) {
  let count = 0;
  function* rows(): Generator<CopyValue[]> {
    for (const day of days) {
      const date = new Date(day).toISOString().slice(0, 10);
      for (const channel of TRAFFIC_CHANNELS) {
        const leadsThatDay = leadsPerDayChannel.get(`${date}|${channel}`) ?? 0;
        for (const page of LANDING_PAGES) {
          const pageShare = page === "/" ? 0.34 : page === "/blog" ? 0.24 : page === "/pricing" ? 0.16 : 0.09;
          const base = (channel === "organic_search" ? 90 : channel === "paid_social" ? 75 : 35) * Math.max(leadsPerDay / 40, 0.05);
          const sessions = Math.max(0, Math.round(base * pageShare * rnd.between(0.7, 1.3)));
          if (sessions === 0) continue;
          const users = Math.round(sessions * rnd.between(0.78, 0.92));
          const bounceBase = channel === "paid_social" ? 0.68 : page === "/blog" ? 0.55 : 0.36;
          const bounces = Math.min(sessions, Math.round(sessions * bounceBase * rnd.between(0.85, 1.15)));
          const pageviews = Math.round(sessions * rnd.between(1.6, 3.4));
          const seconds = Math.round(sessions * rnd.between(45, 190));
          const conversions = Math.min(sessions, Math.round(leadsThatDay * (page === "/demo" ? 0.35 : page === "/pricing" ? 0.25 : 0.08)));
          count++;
          yield [date, channel, page, sessions, users, pageviews, bounces, seconds, conversions];
        }
      }
    }
  }
  await copyRows(
    client,
    "traffic",
    ["date", "channel", "landing_page", "sessions", "users", "pageviews", "bounces", "total_session_seconds", "conversions"],
    rows(),
  );
  return count;
}
