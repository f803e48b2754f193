import { addDays, formatDate, parseDate, type Period } from "@/lib/dates";
import { createLoader, createParser, createSerializer, parseAsString, parseAsStringLiteral, type inferParserType } from "nuqs/server";
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

/**
 * The URL format of the shared filters, one nuqs parser per key: `range` (a preset, absent for
 * the default), `from`/`to` (a custom period), `compare=off`, `channel`, `campaign`, `team`.
 * The URL keeps raw values; `resolveFilters` turns them into a FilterState.
 */
export const filterParsers = {
  range: parseAsStringLiteral([...PRESETS.map((p) => p.id), "custom"] as const),
  from: createParser({ parse: (v) => (DATE.test(v) ? v : null), serialize: (v: string) => v }),
  to: createParser({ parse: (v) => (DATE.test(v) ? v : null), serialize: (v: string) => v }),
  compare: createParser({ parse: (v) => v !== "off", serialize: (v: boolean) => (v ? "on" : "off") }).withDefault(true),
  channel: parseAsStringLiteral(CHANNELS),
  campaign: parseAsString,
  team: parseAsString,
};

export type FilterValues = inferParserType<typeof filterParsers>;

/** The filter state of the URL's values: a valid custom from..to, else a preset (the default when unknown). */
export function resolveFilters(values: FilterValues, today = todayUtc()): FilterState {
  const { range, from, to } = values;
  const common = { compare: values.compare, channel: values.channel ?? undefined, campaign: values.campaign || undefined, team: values.team || undefined };
  if (from && to && from <= to && (!range || range === "custom")) return { preset: "custom", from, to, ...common };
  const preset = range && range !== "custom" ? range : DEFAULT_PRESET;
  return { preset, ...presetPeriod(preset, today), ...common };
}

/** The URL's values of a filter state; defaults are null so links stay short. */
export function filterValues(state: FilterState): FilterValues {
  const custom = state.preset === "custom";
  return {
    range: custom || state.preset === DEFAULT_PRESET ? null : state.preset,
    from: custom ? state.from : null,
    to: custom ? state.to : null,
    compare: state.compare,
    channel: state.channel ?? null,
    campaign: state.campaign ?? null,
    team: state.team ?? null,
  };
}

const loadFilters = createLoader(filterParsers);
const serializeFilters = createSerializer(filterParsers);

/** The filter state of a URL's query (server pages, tests). */
export function readFilters(params: URLSearchParams, today = todayUtc()): FilterState {
  return resolveFilters(loadFilters(params), today);
}

/** The URL query of a filter state. */
export function writeFilters(state: FilterState): URLSearchParams {
  return new URLSearchParams(serializeFilters(filterValues(state)));
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
