import { expect, test } from "vitest";
import { KPI_BY_ID } from "@/features/kpis/registry";
import { DEMO_TARGETS } from "./generate";

test("the demo targets name KPIs of the registry, with values of their unit", () => {
  for (const [kpi, value] of DEMO_TARGETS) {
    const definition = KPI_BY_ID.get(kpi);
    expect(definition, kpi).toBeDefined();
    if (definition!.unit === "ratio" && definition!.display === "percent") expect(Number(value), kpi).toBeLessThanOrEqual(1);
  }
});
