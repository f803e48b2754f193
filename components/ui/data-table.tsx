"use client";

import { createParser } from "nuqs";
import { useMemo, useState } from "react";
import {
  createSortedRowModel,
  metaHelper,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type RowData,
  type SortFn,
  type SortingState,
} from "@tanstack/react-table";

type Sortable = string | number | null | undefined;

export type DataColumn<T extends RowData> = {
  id: string;
  /** The column's heading; also the sort button's text. */
  header: string;
  /** The value the column sorts by and, without `cell`, shows; null and undefined sort last. */
  value?: (row: T) => Sortable;
  cell?: (row: T) => React.ReactNode;
  /** Right-aligned, tabular figures, sorted largest first on the first click. */
  numeric?: boolean;
  /** Defaults to true when the column has a `value`. */
  sortable?: boolean;
  /** The cell is the row's header (`<th scope="row">`), as the name column of a report. */
  rowHeader?: boolean;
  /** Heading read by screen readers only (an actions column). */
  hideHeader?: boolean;
  className?: string;
};

/** One column sorted one way, or none; `null` means the data's own order. */
export type SortState = { id: string; desc: boolean } | null;

/** A nuqs parser that keeps a table's sort in the URL as `sort=name` or `sort=-spend`. */
export const parseAsSort = createParser<{ id: string; desc: boolean }>({
  parse: (value) => (value.replace(/^-/, "") ? { id: value.replace(/^-/, ""), desc: value.startsWith("-") } : null),
  serialize: (sort) => `${sort.desc ? "-" : ""}${sort.id}`,
  eq: (a, b) => a.id === b.id && a.desc === b.desc,
});

type Meta = { numeric: boolean; rowHeader: boolean; hideHeader: boolean; className: string };

const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel(), columnMeta: metaHelper<Meta>() });

// Ascending only: the table reverses it for descending, and puts undefined (null) last itself.
const compare: SortFn<typeof features, RowData> = (a, b, id) => {
  const x = a.getValue(id) as string | number;
  const y = b.getValue(id) as string | number;
  return typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), "en-GB", { numeric: true, sensitivity: "base" });
};

type DataTableProps<T extends RowData> = {
  columns: readonly DataColumn<T>[];
  data: readonly T[];
  getRowId: (row: T) => string;
  /** Names the table for screen readers (a hidden caption). */
  caption: string;
  initialSort?: SortState;
  /** Controlled sort (with `onSortChange`), for a sort kept in the URL. */
  sort?: SortState;
  onSortChange?: (sort: SortState) => void;
  /** Shown instead of the table when there are no rows: a sentence, or any node (an EmptyState). */
  empty?: React.ReactNode;
  /** Makes the whole row clickable; keep a link or button in a cell for keyboard users. */
  onRowClick?: (row: T) => void;
  rowClassName?: (row: T) => string;
  /** Extra rows under the body (totals), already wrapped in <tr>. */
  footer?: React.ReactNode;
  className?: string;
};

/**
 * The one sortable table: sort buttons in the headers (aria-sort on the <th>), numeric columns
 * right-aligned, a horizontal scroll on narrow screens.
 */
export function DataTable<T extends RowData>({
  columns,
  data,
  getRowId,
  caption,
  initialSort = null,
  sort,
  onSortChange,
  empty = "Nothing to show.",
  onRowClick,
  rowClassName,
  footer,
  className = "",
}: DataTableProps<T>) {
  const [ownSort, setOwnSort] = useState<SortState>(initialSort);
  const current = sort !== undefined ? sort : ownSort;
  const sorting: SortingState = useMemo(() => (current ? [current] : []), [current]);

  const tableColumns = useMemo(
    () =>
      columns.map((column): ColumnDef<typeof features, T> => ({
        id: column.id,
        header: column.header,
        // Undefined rather than null, so the sorted row model's sortUndefined puts it last.
        accessorFn: column.value ? (row: T) => column.value!(row) ?? undefined : undefined,
        cell: ({ row }) => (column.cell ? column.cell(row.original) : (column.value?.(row.original) ?? "—")),
        enableSorting: column.sortable ?? column.value !== undefined,
        sortDescFirst: column.numeric ?? false,
        sortUndefined: "last",
        sortFn: compare as SortFn<typeof features, T>,
        meta: {
          numeric: column.numeric ?? false,
          rowHeader: column.rowHeader ?? false,
          hideHeader: column.hideHeader ?? false,
          className: column.className ?? "",
        },
      })),
    [columns],
  );

  const table = useTable({
    features,
    columns: tableColumns,
    data: data as T[],
    getRowId: (row) => getRowId(row),
    state: { sorting },
    enableMultiSort: false,
    enableSortingRemoval: false,
    onSortingChange: (updater) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      const first = next[0] ? { id: next[0].id, desc: next[0].desc } : null;
      setOwnSort(first);
      onSortChange?.(first);
    },
  });

  if (data.length === 0) return typeof empty === "string" ? <p className="py-6 text-center text-sm text-slate-600">{empty}</p> : <>{empty}</>;

  return (
    // Focusable and named, so a keyboard user can scroll a table wider than the screen.
    <div
      role="region"
      aria-label={caption}
      tabIndex={0}
      className={`overflow-x-auto focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-400 ${className}`}
    >
      <table className="tabular min-w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const meta = header.column.columnDef.meta!;
                const sorted = header.column.getIsSorted();
                const canSort = header.column.getCanSort();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={canSort ? (sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none") : undefined}
                    className={`whitespace-nowrap px-3 py-2 font-medium ${meta.numeric ? "text-right" : "text-left"}`}
                  >
                    {meta.hideHeader ? (
                      <span className="sr-only">{header.column.columnDef.header as string}</span>
                    ) : canSort ? (
                      <button
                        type="button"
                        onClick={header.column.getToggleSortingHandler()}
                        className="inline-flex items-center gap-1 rounded hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-400"
                      >
                        <table.FlexRender header={header} />
                        <span aria-hidden className="w-3 text-xs">
                          {sorted === "asc" ? "↑" : sorted === "desc" ? "↓" : ""}
                        </span>
                      </button>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr
              key={row.id}
              onClick={onRowClick ? (event) => !(event.target as HTMLElement).closest("a,button,input,select,textarea") && onRowClick(row.original) : undefined}
              className={`border-b border-slate-100 ${onRowClick ? "cursor-pointer hover:bg-slate-50" : ""} ${rowClassName?.(row.original) ?? ""}`}
            >
              {row.getAllCells().map((cell) => {
                const meta = cell.column.columnDef.meta!;
                const Cell = meta.rowHeader ? "th" : "td";
                return (
                  <Cell
                    key={cell.id}
                    scope={meta.rowHeader ? "row" : undefined}
                    className={`px-3 py-2 ${meta.numeric ? "text-right" : "text-left"} ${meta.rowHeader ? "font-medium" : ""} ${meta.className}`}
                  >
                    <table.FlexRender cell={cell} />
                  </Cell>
                );
              })}
            </tr>
          ))}
        </tbody>
        {footer && <tfoot className="border-t border-slate-200 font-medium">{footer}</tfoot>}
      </table>
    </div>
  );
}
