import "server-only";
import { Prisma } from "@prisma/client";
import { notFound } from "@/lib/api/errors";
import { db } from "@/lib/db/client";
import { previousPeriod, type Period } from "@/lib/dates";
import type { KpiResult, RowsResponse } from "@/features/kpis/contract";
import { health } from "@/features/kpis/health";
import { KPI_BY_ID, KPIS, kpiMeasures, kpiValue, type KpiDefinition } from "@/features/kpis/registry";
import { evaluate, measureRows, type PeriodValues } from "./engine";
import { MEASURES, kpiDimensions, type Filters, type MeasureId } from "./measures";

type Decimal = Prisma.Decimal;
type Role = RowsResponse["part"]["role"];

/** docs/kpis.md: money rounded to 2 decimals; ratios unrounded. */
export function present(kpi: KpiDefinition, value: Decimal | null): number | null {
  if (value === null) return null;
  return kpi.unit === "currency" ? value.toDecimalPlaces(2, Prisma.Decimal.ROUND_HALF_UP).toNumber() : value.toNumber();
}

/** docs/kpis.md: (current − previous) ÷ |previous|; null when previous is 0 or null. */
export function delta(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null;
  return (current - previous) / Math.abs(previous);
}

/**
 * Periods to evaluate so that each asked-for period has its KPI values, and its previous one
 * where a KPI reads it (revenue growth) or a comparison is asked for.
 */
export async function valuesFor(periods: Period[], kpis: readonly KpiDefinition[], filters: Filters, withPrevious: boolean): Promise<PeriodValues[]> {
  const needPrevious = withPrevious || kpis.some((kpi) => kpi.usesPrevious);
  const all = needPrevious ? periods.flatMap((period) => [period, previousPeriod(period)]) : periods;
  const evaluated: PeriodValues[] = await evaluate(all, kpis.flatMap(kpiMeasures), filters);
  if (!needPrevious) return evaluated;
  return periods.map((period, i) => {
    const current = evaluated[2 * i];
    const previous = evaluated[2 * i + 1];
    if (!current || !previous) throw new Error(`valuesFor: no values for ${period.from}–${period.to} or the period before`);
    return { ...current, previous };
  });
}

/** The values of the one period `valuesFor` or `evaluate` was asked for. */
function only<T>(values: T[], what: string): T {
  const [first] = values;
  if (first === undefined) throw new Error(`${what}: no values for the period`);
  return first;
}

async function targetsFor(ids: string[], period: Period, team?: string): Promise<Map<string, number>> {
  const rows = await db().target.findMany({
    where: {
      kpiId: { in: ids },
      periodStart: { lte: new Date(`${period.from}T00:00:00Z`) },
      periodEnd: { gte: new Date(`${period.to}T00:00:00Z`) },
      OR: [{ teamId: null }, ...(team ? [{ teamId: team }] : [])],
    },
    // The narrowest period wins, a team's own target over the company's.
    orderBy: [{ periodStart: "desc" }, { periodEnd: "asc" }],
  });
  const targets = new Map<string, number>();
  for (const row of rows.sort((a, b) => Number(b.teamId !== null) - Number(a.teamId !== null))) {
    if (!targets.has(row.kpiId)) targets.set(row.kpiId, row.value.toNumber());
  }
  return targets;
}

export async function computeKpis(period: Period, filters: Filters, compare: boolean, ids?: string[]): Promise<KpiResult[]> {
  const kpis = ids ? KPIS.filter((kpi) => ids.includes(kpi.id)) : KPIS;
  const growth = kpis.filter((kpi) => kpi.usesPrevious);
  const [current, targets, priorGrowth] = await Promise.all([
    valuesFor([period], kpis, filters, compare),
    targetsFor(
      kpis.map((kpi) => kpi.id),
      period,
      filters.team,
    ),
    // The previous value of a growth KPI needs the period before the previous one.
    compare && growth.length ? valuesFor([previousPeriod(period)], growth, filters, false) : [],
  ]);
  const values = only(current, "computeKpis");
  const [beforePrevious] = priorGrowth;
  const honoured = (kpi: KpiDefinition) => kpiDimensions(kpi).filter((dimension) => filters[dimension] !== undefined);

  return kpis.map((kpi) => {
    const value = present(kpi, kpiValue(kpi, values));
    let previous: number | null = null;
    if (compare && values.previous) {
      const before = kpi.usesPrevious ? beforePrevious : values.previous;
      // priorGrowth is evaluated whenever compare is on and a growth KPI is asked for.
      if (!before) throw new Error(`computeKpis: no values for the period before the previous one (${kpi.id})`);
      previous = present(kpi, kpiValue(kpi, before));
    }
    const target = targets.get(kpi.id) ?? null;
    const part = (id: MeasureId) => ({ measure: id, label: MEASURES[id].label, value: values.get(id)?.toNumber() ?? null });
    return {
      id: kpi.id,
      label: kpi.label,
      value,
      unit: kpi.unit,
      display: kpi.display,
      previous,
      delta: compare ? delta(value, previous) : null,
      deltaPoints: compare && kpi.unit === "ratio" && value !== null && previous !== null ? (value - previous) * 100 : null,
      status: health(kpi, value, target, values),
      target,
      formula: kpi.formula,
      filtersApplied: honoured(kpi),
      owner: kpi.owner,
      group: kpi.group,
      leading: kpi.leading,
      polarity: kpi.polarity,
      numerator: part(kpi.numerator),
      denominator: kpi.denominator ? part(kpi.denominator) : null,
    };
  });
}

export function kpiOrThrow(id: string): KpiDefinition {
  const kpi = KPI_BY_ID.get(id);
  if (!kpi) throw notFound(`Unknown KPI "${id}"; GET /api/v1/kpis lists them.`);
  return kpi;
}

/** The records behind one part (numerator, denominator or input) of a KPI. */
export async function kpiRows(id: string, period: Period, filters: Filters, part: string | undefined, page: number, pageSize: number) {
  const kpi = kpiOrThrow(id);
  const measures = [...new Set(kpiMeasures(kpi))];
  const roles = new Map<MeasureId, Role>(measures.map((m) => [m, m === kpi.numerator ? "numerator" : m === kpi.denominator ? "denominator" : "input"]));
  const chosen = part ? (measures.find((m) => m === part) ?? [...roles].find(([, role]) => role === part)?.[0]) : kpi.numerator;
  if (!chosen) {
    throw notFound(`KPI ${id} has no part "${part}"; its parts are numerator, denominator or one of ${measures.join(", ")}.`);
  }
  const [{ rows, total }, evaluated] = await Promise.all([measureRows(period, chosen, filters, page, pageSize), evaluate([period], measures, filters)]);
  const values = only(evaluated, "kpiRows");
  return {
    kpi: { id: kpi.id, label: kpi.label, formula: kpi.formula, unit: kpi.unit },
    from: period.from,
    to: period.to,
    filters,
    filtersApplied: kpiDimensions(kpi).filter((d) => filters[d] !== undefined),
    part: {
      measure: chosen,
      role: roles.get(chosen)!,
      label: MEASURES[chosen].label,
      table: MEASURES[chosen].source,
      value: values.get(chosen)?.toNumber() ?? null,
    },
    parts: measures.map((m) => ({
      measure: m,
      role: roles.get(m)!,
      label: MEASURES[m].label,
      table: MEASURES[m].source,
      value: values.get(m)?.toNumber() ?? null,
    })),
    page,
    pageSize,
    total,
    rows,
  };
}
