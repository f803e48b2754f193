import { addDays, formatDate, parseDate, type Period } from "@/lib/dates";
import { CHANNELS, type Channel } from "@/lib/enums";

export const PRESETS = [
  { id: "this_week", label: "This week" },
  { id: "last_week", label: "Last week" },
  { id: "last_30_days", label: "Last 30 days" },
  { id: "this_month", label: "This month" },
  { id: "last_month", label: "Last month" },
  { id: "this_quarter", label: "This quarter" },
  { id: "last_quarter", label: "Last quarter" },
  { id: "year_to_date", label: "Year to date" },
] as const;

export type PresetId = (typeof PRESETS)[number]["id"];
export const DEFAULT_PRESET: PresetId = "last_30_days";

/** The period of a preset on `today` (UTC dates, both inclusive). */
export function presetPeriod(preset: PresetId, today: string): Period {
  const t = new Date(parseDate(today));
  const y = t.getUTCFullYear();
  const m = t.getUTCMonth();
  const monday = addDays(today, -((t.getUTCDay() + 6) % 7));
  const quarter = Math.floor(m / 3) * 3;
  const d = (year: number, month: number, day: number) => formatDate(Date.UTC(year, month, day));
  switch (preset) {
    case "this_week":
      return { from: monday, to: today };
    case "last_week":
      return { from: addDays(monday, -7), to: addDays(monday, -1) };
    case "last_30_days":
      return { from: addDays(today, -29), to: today };
    case "this_month":
      return { from: d(y, m, 1), to: today };
    case "last_month":
      return { from: d(y, m - 1, 1), to: d(y, m, 0) };
    case "this_quarter":
      return { from: d(y, quarter, 1), to: today };
    case "last_quarter":
      return { from: d(y, quarter - 3, 1), to: d(y, quarter, 0) };
    case "year_to_date":
      return { from: d(y, 0, 1), to: today };
  }
}

export type FilterState = {
  preset: PresetId | "custom";
  from: string;
  to: string;
  compare: boolean;
  channel?: Channel;
  campaign?: string;
  team?: string;
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function todayUtc(): string {
  return formatDate(Date.now());
}

/** The filter state of a URL: a preset or a custom from..to, compare on by default. */
export function readFilters(params: URLSearchParams, today = todayUtc()): FilterState {
  const from = params.get("from");
  const to = params.get("to");
  const presetParam = params.get("range");
  const optional = (key: string) => params.get(key) || undefined;
  const common = {
    compare: params.get("compare") !== "off",
    channel: CHANNELS.find((channel) => channel === params.get("channel")),
    campaign: optional("campaign"),
    team: optional("team"),
  };
  if (from && to && DATE.test(from) && DATE.test(to) && from <= to && (!presetParam || presetParam === "custom")) {
    return { preset: "custom", from, to, ...common };
  }
  const preset = PRESETS.some((p) => p.id === presetParam) ? (presetParam as PresetId) : DEFAULT_PRESET;
  return { preset, ...presetPeriod(preset, today), ...common };
}

/** The URL query of a filter state; defaults are left out so links stay short. */
export function writeFilters(state: FilterState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.preset === "custom") {
    params.set("from", state.from);
    params.set("to", state.to);
  } else if (state.preset !== DEFAULT_PRESET) {
    params.set("range", state.preset);
  }
  if (!state.compare) params.set("compare", "off");
  if (state.channel) params.set("channel", state.channel);
  if (state.campaign) params.set("campaign", state.campaign);
  if (state.team) params.set("team", state.team);
  return params;
}

type Dimension = "channel" | "campaign" | "team";

/** The query of a reading endpoint for a filter state, without the dimensions it ignores. */
export function readingParams(state: FilterState, ignore: Dimension[] = []) {
  const keep = (dimension: Dimension) => (ignore.includes(dimension) ? undefined : state[dimension]);
  return { from: state.from, to: state.to, channel: keep("channel") as Channel | undefined, campaign: keep("campaign"), team: keep("team") };
}

/** The API query of a filter state. */
export function apiParams(state: FilterState, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams({ from: state.from, to: state.to });
  if (state.channel) params.set("channel", state.channel);
  if (state.campaign) params.set("campaign", state.campaign);
  if (state.team) params.set("team", state.team);
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) params.set(key, value);
  return params.toString();
}
