/** The scorecard's sections, in docs/kpis.md's order (a plain module: servers and clients read it). */
export const GROUPS = [
  { id: "marketing", label: "Marketing and acquisition" },
  { id: "alignment", label: "Handoff and alignment" },
  { id: "sales", label: "Sales" },
  { id: "unit_economics", label: "Customers and unit economics" },
  { id: "website", label: "Website" },
] as const;

export type Group = (typeof GROUPS)[number]["id"];

/** Marketing managers see their own KPIs first; everyone sees the whole balanced scorecard. */
export function groupsFor(role: string): Group[] {
  return role === "marketing" ? ["marketing", "website", "alignment", "unit_economics", "sales"] : GROUPS.map((g) => g.id);
}
