"use client";

import { useQuery } from "@tanstack/react-query";
import { useFilters } from "@/components/layout/use-filters";
import { CONTROL, Select } from "@/components/ui/select";
import { filterQueries } from "@/features/filters/queries";
import { PRESETS, presetPeriod, todayUtc, type PresetId } from "@/lib/filters";

type Dimension = "channel" | "campaign" | "team";

const PERIODS = [...PRESETS.map((p) => ({ value: p.id as PresetId | "custom", label: p.label })), { value: "custom" as const, label: "Custom…" }];
const DATE = `${CONTROL} mt-1 block px-2 py-1.5`;
const LABEL = "text-xs font-medium text-slate-600";

/** Date range, comparison and dimension filters shared by every page; its state is the URL. */
export function FilterBar({ dimensions = ["channel", "campaign", "team"] }: { dimensions?: Dimension[] }) {
  const { filters, setFilters } = useFilters();
  const options = useQuery(filterQueries.options());

  return (
    <form
      aria-label="Filters"
      className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3"
      onSubmit={(e) => e.preventDefault()}
    >
      <Select
        label="Date range"
        value={filters.preset}
        options={PERIODS}
        onValueChange={(preset) => {
          if (!preset) return;
          void setFilters(preset === "custom" ? { preset, from: filters.from, to: filters.to } : { preset, ...presetPeriod(preset, todayUtc()) });
        }}
      />
      <label className={LABEL}>
        From
        <input
          type="date"
          className={DATE}
          value={filters.from}
          max={filters.to}
          onChange={(e) => e.target.value && setFilters({ preset: "custom", from: e.target.value })}
        />
      </label>
      <label className={LABEL}>
        To
        <input
          type="date"
          className={DATE}
          value={filters.to}
          min={filters.from}
          onChange={(e) => e.target.value && setFilters({ preset: "custom", to: e.target.value })}
        />
      </label>
      <label className="flex items-center gap-2 self-center pt-4 text-sm">
        <input
          type="checkbox"
          checked={filters.compare}
          onChange={(e) => setFilters({ compare: e.target.checked })}
          className="h-4 w-4 rounded border-slate-300 text-indigo-600 focus:ring-2 focus:ring-indigo-200"
        />
        Compare with previous period
      </label>
      {dimensions.includes("channel") && (
        <Select
          label="Channel"
          value={filters.channel ?? ""}
          options={[{ value: "", label: "All channels" }, ...(options.data?.channels ?? []).map((c) => ({ value: c, label: c.replace(/_/g, " ") }))]}
          onValueChange={(channel) => setFilters({ channel: channel || undefined })}
        />
      )}
      {dimensions.includes("campaign") && (
        <Select
          label="Campaign"
          className="max-w-56"
          value={filters.campaign ?? ""}
          options={[{ value: "", label: "All campaigns" }, ...(options.data?.campaigns ?? []).map((c) => ({ value: c.id, label: c.name }))]}
          onValueChange={(campaign) => setFilters({ campaign: campaign || undefined })}
        />
      )}
      {dimensions.includes("team") && (
        <Select
          label="Team"
          value={filters.team ?? ""}
          options={[{ value: "", label: "All teams" }, ...(options.data?.teams ?? []).map((t) => ({ value: t.id, label: t.name }))]}
          onValueChange={(team) => setFilters({ team: team || undefined })}
        />
      )}
    </form>
  );
}
