import "server-only";
import type { Period } from "@/lib/dates";
import { kpiMeasures, kpiValue, type Values } from "@/features/kpis/registry";
import { evaluateBy } from "./engine";
import type { Dimension, Filters, MeasureId } from "./measures";
import { kpiOrThrow, present } from "./service";

/**
 * KPI values and measure counts of each key of a breakdown (per team, campaign or channel), read
 * through the registry so no formula is restated. A key with no records counts 0 and has no KPI.
 */
export async function kpiBreakdown<K extends string, M extends MeasureId>(
  period: Period,
  kpiIds: readonly K[],
  measureIds: readonly M[],
  dimension: Dimension,
  filters: Filters,
) {
  const kpis = kpiIds.map(kpiOrThrow);
  const byKey = await evaluateBy(period, [...kpis.flatMap(kpiMeasures), ...measureIds], dimension, filters);
  return (key: string): Record<M, number> & Record<K, number | null> => {
    const values: Values | undefined = byKey.get(key);
    const result: Record<string, number | null> = {};
    for (const id of measureIds) result[id] = values?.get(id)?.toNumber() ?? 0;
    for (const kpi of kpis) result[kpi.id] = values ? present(kpi, kpiValue(kpi, values)) : null;
    return result as Record<M, number> & Record<K, number | null>;
  };
}
