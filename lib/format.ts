export type Display = "currency" | "count" | "percent" | "multiple" | "number" | "hours" | "duration";

const CURRENCY = process.env.NEXT_PUBLIC_CURRENCY ?? "EUR";

const formats = {
  currency: new Intl.NumberFormat("en-GB", { style: "currency", currency: CURRENCY, maximumFractionDigits: 2, minimumFractionDigits: 2 }),
  currencyShort: new Intl.NumberFormat("en-GB", { style: "currency", currency: CURRENCY, notation: "compact", maximumFractionDigits: 1 }),
  count: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 }),
  percent: new Intl.NumberFormat("en-GB", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  number: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }),
};

export const EMPTY = "—";

/** A KPI value for display; null is "—" (docs/kpis.md: a zero denominator is not 0). */
export function formatValue(value: number | null | undefined, display: Display, short = false): string {
  if (value === null || value === undefined || Number.isNaN(value)) return EMPTY;
  switch (display) {
    case "currency":
      return short && Math.abs(value) >= 10_000 ? formats.currencyShort.format(value) : formats.currency.format(value);
    case "count":
      return formats.count.format(value);
    case "percent":
      return formats.percent.format(value);
    case "multiple":
      return `${formats.number.format(value)}×`;
    case "hours":
      return `${formats.number.format(value)} h`;
    case "duration": {
      const total = Math.round(value); // round first: 119.6 s is "2 min 0 s", not "1 min 60 s"
      const minutes = Math.floor(total / 60);
      const seconds = total % 60;
      return minutes ? `${minutes} min ${seconds} s` : `${seconds} s`;
    }
    default:
      return formats.number.format(value);
  }
}

/** A change against the previous period: percentage points for percentages, else relative. */
export function formatChange(delta: number | null, deltaPoints: number | null, display: Display): string | null {
  if (display === "percent" && deltaPoints !== null) {
    return `${deltaPoints >= 0 ? "+" : "−"}${formats.number.format(Math.abs(deltaPoints))} pp`;
  }
  if (delta === null) return null;
  return `${delta >= 0 ? "+" : "−"}${formats.percent.format(Math.abs(delta))}`;
}
