"use client";

import { useDimensionOptions } from "@/components/hooks/queries";
import { useFilters } from "@/components/layout/use-filters";
import { PRESETS, presetPeriod, todayUtc, type PresetId } from "@/lib/filters";

const select = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

/** Date range, comparison and dimension filters shared by every page; its state is the URL. */
export function FilterBar({ dimensions = ["channel", "campaign", "team"] }: { dimensions?: ("channel" | "campaign" | "team")[] }) {
  const { filters, setFilters } = useFilters();
  const options = useDimensionOptions();

  return (
    <form aria-label="Filters" className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3" onSubmit={(e) => e.preventDefault()}>
      <label className="text-xs font-medium text-slate-600">
        Date range
        <select
          className={`${select} mt-1 block`}
          value={filters.preset}
          onChange={(e) => {
            const preset = e.target.value as PresetId | "custom";
            setFilters(preset === "custom" ? { preset, from: filters.from, to: filters.to } : { preset, ...presetPeriod(preset, todayUtc()) });
          }}
        >
          {PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
          <option value="custom">Custom…</option>
        </select>
      </label>
      <label className="text-xs font-medium text-slate-600">
        From
        <input type="date" className={`${select} mt-1 block`} value={filters.from} max={filters.to} onChange={(e) => e.target.value && setFilters({ preset: "custom", from: e.target.value })} />
      </label>
      <label className="text-xs font-medium text-slate-600">
        To
        <input type="date" className={`${select} mt-1 block`} value={filters.to} min={filters.from} onChange={(e) => e.target.value && setFilters({ preset: "custom", to: e.target.value })} />
      </label>
      <label className="flex items-center gap-2 self-center pt-4 text-sm">
        <input type="checkbox" checked={filters.compare} onChange={(e) => setFilters({ compare: e.target.checked })} className="h-4 w-4" />
        Compare with previous period
      </label>
      {dimensions.includes("channel") && (
        <label className="text-xs font-medium text-slate-600">
          Channel
          <select className={`${select} mt-1 block`} value={filters.channel ?? ""} onChange={(e) => setFilters({ channel: e.target.value || undefined })}>
            <option value="">All channels</option>
            {options.data?.channels.map((c) => (
              <option key={c} value={c}>
                {c.replace(/_/g, " ")}
              </option>
            ))}
          </select>
        </label>
      )}
      {dimensions.includes("campaign") && (
        <label className="text-xs font-medium text-slate-600">
          Campaign
          <select className={`${select} mt-1 block max-w-56`} value={filters.campaign ?? ""} onChange={(e) => setFilters({ campaign: e.target.value || undefined })}>
            <option value="">All campaigns</option>
            {options.data?.campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {dimensions.includes("team") && (
        <label className="text-xs font-medium text-slate-600">
          Team
          <select className={`${select} mt-1 block`} value={filters.team ?? ""} onChange={(e) => setFilters({ team: e.target.value || undefined })}>
            <option value="">All teams</option>
            {options.data?.teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
      )}
    </form>
  );
}
