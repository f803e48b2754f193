import { can } from "@/lib/auth/permissions";
import { ROLES, type Role } from "@/lib/enums";
import type { ImportTableSpec } from "./mapping";
import { TABLE_NAMES, TABLES, type FieldType } from "./tables";

/** What a cell must look like, in the words of docs/api.md "CSV import". */
function hint(field: FieldType): string {
  switch (field.kind) {
    case "text":
      return "text";
    case "ref":
      return `an id from ${field.table}`;
    case "enum":
      return `one of ${field.values.join(", ")}`;
    case "timestamp":
      return "ISO 8601 timestamp, e.g. 2026-03-02T14:05:00Z";
    case "date":
      return "date, YYYY-MM-DD";
    case "decimal":
      return "amount with a dot, e.g. 1234.50";
    case "int":
      return "whole number";
  }
}

/** The import page's tables, fields and what the user's role may import, in reference order. */
export function importTableSpecs(role: Role): ImportTableSpec[] {
  return TABLE_NAMES.map((name) => {
    const definition = TABLES[name];
    return {
      name,
      fields: Object.entries(definition.fields).map(([field, type]) => ({
        name: field,
        required: Boolean(type.required) || definition.key.includes(field),
        hint: hint(type),
      })),
      allowed: can(role, `import:${name}`),
      allowedRoles: ROLES.filter((r) => can(r, `import:${name}`)),
    };
  });
}
