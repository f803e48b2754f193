import type { KpiDefinition, Values } from "./registry";
import { annualChurn } from "./registry";

export const STATUSES = ["good", "warn", "bad"] as const;
/** A KPI's health; null when there is nothing to judge against. */
export type Status = (typeof STATUSES)[number] | null;

/** A value within 10 % of its target (on the wrong side) is a warning, beyond that it is bad. */
export const TARGET_TOLERANCE = 0.1;

export function judgeAgainstTarget(value: number, target: number, polarity: KpiDefinition["polarity"]): Status {
  if (polarity === "higher") {
    if (value >= target) return "good";
    return value >= target * (1 - TARGET_TOLERANCE) ? "warn" : "bad";
  }
  if (value <= target) return "good";
  return value <= target * (1 + TARGET_TOLERANCE) ? "warn" : "bad";
}

/**
 * docs/kpis.md "Health thresholds": a target set for the period wins; otherwise the KPI's default
 * thresholds; otherwise there is nothing to judge against (null).
 */
export function health(kpi: KpiDefinition, value: number | null, target: number | null, values: Values): Status {
  if (value === null) return null;
  if (target !== null) return judgeAgainstTarget(value, target, kpi.polarity);
  const thresholds = kpi.thresholds;
  if (!thresholds) return null;
  const judged = thresholds.annualised ? (annualChurn(values)?.toNumber() ?? null) : value;
  if (judged === null) return null;
  // Good is inclusive (≥ 3, ≤ 5 %) unless the spec says strictly (bounce < 40 %); bad is strict.
  if (kpi.polarity === "higher") {
    if (thresholds.strictGood ? judged > thresholds.good : judged >= thresholds.good) return "good";
    return judged < thresholds.bad ? "bad" : "warn";
  }
  if (thresholds.strictGood ? judged < thresholds.good : judged <= thresholds.good) return "good";
  return judged > thresholds.bad ? "bad" : "warn";
}
