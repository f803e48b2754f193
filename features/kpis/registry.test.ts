import { expect, test } from "vitest";
import { KPI_IDS, KPIS, kpiMeasures, type KpiDefinition, type KpiId } from "./registry";
import { MEASURES, type MeasureId } from "./server/measures";

test("every measure a KPI reads exists, and KPI ids are unique", () => {
  for (const kpi of KPIS) for (const id of kpiMeasures(kpi)) expect(MEASURES[id], `${kpi.id} reads ${id}`).toBeDefined();
  expect(new Set(KPI_IDS).size).toBe(KPIS.length);
});

// tsc checks this file: each @ts-expect-error fails the typecheck if its line ever compiles,
// i.e. if MeasureId or KpiId widened back to string and a typo in the registry went unnoticed.
test("measure and KPI ids are literal unions, so a misspelt one does not compile", () => {
  // @ts-expect-error "leads" is a KPI; its measure is leads_created
  const notAMeasure: MeasureId = "leads";
  // @ts-expect-error no KPI has this id
  const notAKpi: KpiId = "happiness";
  const misspelt: Pick<KpiDefinition, "numerator" | "denominator"> = {
    numerator: "spend",
    // @ts-expect-error a typo in a denominator
    denominator: "marketing_leads_creatd",
  };
  expect([notAMeasure, notAKpi, misspelt.denominator]).toEqual(["leads", "happiness", "marketing_leads_creatd"]);
});
