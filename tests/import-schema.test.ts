import { describe, expect, test } from "vitest";
import { db } from "@/lib/db/client";
import { pgType, TABLE_NAMES, TABLES, type FieldType } from "@/features/imports/tables";

/**
 * The import format (features/imports/tables.ts) restates the data model for the CSV files; here
 * it is held to the database the migrations build (tests/migrations.test.ts holds those to
 * prisma/schema.prisma), so a column added, dropped or changed on one side fails until the other
 * follows.
 */

type DbColumn = { column: string; udt: string; nullable: boolean; hasDefault: boolean; precision: number | null; scale: number | null };

const columnsOf = (table: string) =>
  db().$queryRaw<DbColumn[]>`
    SELECT column_name AS column, udt_name AS udt, is_nullable = 'YES' AS nullable, column_default IS NOT NULL AS "hasDefault",
           numeric_precision AS precision, numeric_scale AS scale
    FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ${table} ORDER BY ordinal_position`;

const primaryKeyOf = async (table: string) =>
  (
    await db().$queryRaw<{ column: string }[]>`
      SELECT a.attname AS column FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
      WHERE i.indrelid = ${table}::regclass AND i.indisprimary`
  ).map((row) => row.column);

/** Each single-column foreign key: column → the table it references. */
const referencesOf = async (table: string) =>
  Object.fromEntries(
    (
      await db().$queryRaw<{ column: string; target: string }[]>`
        SELECT a.attname AS column, c.confrelid::regclass::text AS target FROM pg_constraint c
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        WHERE c.contype = 'f' AND c.conrelid = ${table}::regclass AND cardinality(c.conkey) = 1`
    ).map((row) => [row.column, row.target]),
  );

const enumLabels = async (type: string) =>
  (
    await db().$queryRaw<
      { label: string }[]
    >`SELECT e.enumlabel AS label FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = ${type} ORDER BY e.enumsortorder`
  ).map((row) => row.label);

/** The Postgres type of a column as tables.ts spells it (its casts): enums quoted by name. */
const PG_TYPES: Record<string, string> = { text: "text", timestamptz: "timestamptz", date: "date", numeric: "numeric", int4: "integer", int8: "bigint" };
const pgTypeOf = (udt: string) => PG_TYPES[udt] ?? `"${udt}"`;

/** Columns the application keeps, not the files: the optimistic-concurrency version. */
const managed = (versioned: boolean) => (versioned ? ["version"] : []);

describe.each(TABLE_NAMES)("the %s import format matches the database", (name) => {
  const definition = TABLES[name];
  const fields = Object.entries(definition.fields) as [string, FieldType][];

  test("same columns, by their database names", async () => {
    const columns = (await columnsOf(name)).map((c) => c.column);
    expect(Object.keys(definition.fields).sort()).toEqual(columns.filter((c) => !managed(definition.versioned).includes(c)).sort());
    for (const column of managed(definition.versioned)) expect(columns).toContain(column);
  });

  test("same key, types, enum values and references", async () => {
    const columns = new Map((await columnsOf(name)).map((c) => [c.column, c]));
    expect([...definition.key].sort()).toEqual((await primaryKeyOf(name)).sort());
    const references = await referencesOf(name);
    for (const [column, field] of fields) {
      const actual = columns.get(column)!;
      expect(pgType(field), column).toBe(pgTypeOf(actual.udt));
      if (field.kind === "enum") expect([...field.values], column).toEqual(await enumLabels(actual.udt));
      // Every money column is numeric(14,2): the importer checks digits and scale against that.
      if (field.kind === "decimal") expect([actual.precision, actual.scale], column).toEqual([14, 2]);
      expect(field.kind === "ref" ? field.table : undefined, column).toBe(references[column]);
    }
  });

  test("a column is required exactly when it cannot be null and has no default; an empty cell means the default", async () => {
    const columns = new Map((await columnsOf(name)).map((c) => [c.column, c]));
    for (const [column, field] of fields) {
      const actual = columns.get(column)!;
      const required = Boolean(field.required) || definition.key.includes(column);
      expect({ column, required, emptyMeansDefault: Boolean(field.emptyMeans) }).toEqual({
        column,
        required: !actual.nullable && !actual.hasDefault,
        emptyMeansDefault: !actual.nullable && actual.hasDefault,
      });
    }
  });
});
