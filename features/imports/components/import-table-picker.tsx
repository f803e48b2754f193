"use client";

import type { ImportTableSpec } from "@/features/imports/mapping";
import type { TableName } from "@/features/imports/tables";

const LABELS: Record<TableName, string> = {
  teams: "Teams",
  campaigns: "Campaigns",
  spend: "Spend",
  leads: "Leads",
  handoffs: "Handoffs",
  opportunities: "Opportunities",
  customers: "Customers",
  traffic: "Website traffic",
};

export const tableLabel = (name: TableName) => LABELS[name];

/** One radio per table; the ones the role may not import stay visible, disabled, with who may. */
export function ImportTablePicker({
  tables,
  value,
  role,
  disabled,
  onChange,
}: {
  tables: ImportTableSpec[];
  value: TableName | null;
  role: string;
  disabled?: boolean;
  onChange: (table: TableName) => void;
}) {
  return (
    <fieldset>
      <legend className="mb-2 text-lg font-semibold">1. Table</legend>
      <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
        {tables.map((t) => {
          const id = `import-table-${t.name}`;
          return (
            <div
              key={t.name}
              className={`rounded-md border px-3 py-2 text-sm ${value === t.name ? "border-indigo-400 bg-indigo-50" : "border-slate-200 bg-white"} ${t.allowed ? "" : "bg-slate-50"}`}
            >
              <div className="flex items-center gap-2">
                <input
                  type="radio"
                  id={id}
                  name="import-table"
                  value={t.name}
                  checked={value === t.name}
                  disabled={!t.allowed || disabled}
                  aria-describedby={`${id}-note`}
                  onChange={() => onChange(t.name)}
                  className="h-4 w-4 accent-indigo-700"
                />
                <label htmlFor={id} className={`font-medium ${t.allowed ? "text-slate-900" : "text-slate-600"}`}>
                  {LABELS[t.name]}
                </label>
              </div>
              <p id={`${id}-note`} className="ml-6 text-xs text-slate-600">
                {t.allowed
                  ? `Required: ${t.fields
                      .filter((f) => f.required)
                      .map((f) => f.name)
                      .join(", ")}`
                  : `Only ${t.allowedRoles.join(" or ")} may import ${t.name}; you are ${role}.`}
              </p>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
