// Shared by the server page (which picks the tabs a role may see) and the client tab strip, so it
// lives outside the "use client" module: a server component cannot read a client module's values.
export const ADMIN_TABS = [
  { id: "users", label: "Users" },
  { id: "teams", label: "Teams" },
  { id: "campaigns", label: "Campaigns" },
  { id: "targets", label: "Targets" },
  { id: "tokens", label: "API tokens" },
] as const;

export type AdminTab = (typeof ADMIN_TABS)[number]["id"];

export const ADMIN_TAB_IDS = ADMIN_TABS.map((t) => t.id);
