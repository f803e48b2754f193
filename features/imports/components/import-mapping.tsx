"use client";

import { NativeSelect } from "@/components/ui/select";
import { isKnownIgnored, type ImportTableSpec, type Mapping, type MappingProblems, type Preview } from "@/features/imports/mapping";

const SAMPLES = 3;

/** One select per file column: a Tandem field or "ignore", with the first values to judge by. */
export function ImportMapping({
  spec,
  preview,
  mapping,
  problems,
  disabled,
  onChange,
}: {
  spec: ImportTableSpec;
  preview: Preview;
  mapping: Mapping;
  problems: MappingProblems;
  disabled?: boolean;
  onChange: (index: number, field: string | null) => void;
}) {
  const used = new Set(mapping.filter(Boolean));
  return (
    <section aria-labelledby="import-mapping-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="import-mapping-heading" className="mb-1 text-lg font-semibold">
        3. Columns
      </h2>
      <p className="mb-3 text-sm text-slate-600">
        Match each column of the file to a field of {spec.name}, or ignore it. Columns named like a field, and the usual HubSpot and Salesforce export columns,
        are matched for you; your choices are remembered for the next {spec.name} file.
      </p>
      <div className="overflow-x-auto">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">File columns and the fields they are imported into</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                File column
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                First values
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Imported into
              </th>
            </tr>
          </thead>
          <tbody>
            {preview.header.map((name, index) => {
              const id = `import-map-${index}`;
              const field = mapping[index] ?? null;
              const duplicate = field !== null && problems.duplicates.includes(field);
              const samples = preview.rows
                .slice(0, SAMPLES)
                .map((row) => row[index] ?? "")
                .filter((v) => v !== "");
              return (
                <tr key={`${index}-${name}`} className="border-b border-slate-100 align-top">
                  <th scope="row" className="px-3 py-2 font-medium">
                    <label htmlFor={id}>{name.trim() === "" ? `(column ${index + 1}, no name)` : name}</label>
                  </th>
                  <td className="max-w-xs truncate px-3 py-2 font-mono text-xs text-slate-700" title={samples.join(" · ")}>
                    {samples.length ? samples.join(" · ") : <span className="font-sans text-slate-600">empty</span>}
                  </td>
                  <td className="px-3 py-2">
                    <NativeSelect
                      id={id}
                      size="sm"
                      value={field ?? ""}
                      disabled={disabled}
                      aria-invalid={duplicate || undefined}
                      aria-describedby={duplicate ? `${id}-error` : undefined}
                      onChange={(event) => onChange(index, event.target.value === "" ? null : event.target.value)}
                      className="w-64"
                    >
                      <option value="">Ignore this column</option>
                      {spec.fields.map((f) => (
                        <option key={f.name} value={f.name}>
                          {f.name}
                          {f.required ? " (required)" : ""}
                          {used.has(f.name) && f.name !== field ? " — already used" : ""}
                        </option>
                      ))}
                    </NativeSelect>
                    {field && <p className="mt-1 text-xs text-slate-600">{spec.fields.find((f) => f.name === field)?.hint}</p>}
                    {!field && isKnownIgnored(spec.name, name) && (
                      <p className="mt-1 text-xs text-slate-600">Not imported: Tandem derives this from other fields.</p>
                    )}
                    {duplicate && (
                      <p id={`${id}-error`} className="mt-1 text-xs font-medium text-red-700">
                        {field} is chosen for more than one column.
                      </p>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <MappingProblemList problems={problems} />
    </section>
  );
}

function MappingProblemList({ problems }: { problems: MappingProblems }) {
  const items = [
    ...problems.missing.map((f) => `No column is imported into the required field ${f}.`),
    ...problems.duplicates.map((f) => `${f} is chosen for more than one column; keep one.`),
    ...problems.ambiguous.map((h) => `The file has more than one column named "${h}"; rename them in the file so they can be told apart.`),
  ];
  if (items.length === 0) return null;
  return (
    <div id="import-mapping-problems" role="alert" className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <p className="font-medium">Fix the columns before checking or importing:</p>
      <ul className="mt-1 list-disc pl-5">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

/** The first rows as the file has them, so the user sees what the mapping applies to. */
export function ImportPreviewTable({ preview }: { preview: Preview }) {
  return (
    <section aria-labelledby="import-preview-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="import-preview-heading" className="mb-1 text-lg font-semibold">
        First rows
      </h2>
      <p className="mb-3 text-sm text-slate-600">
        {preview.rows.length === 0
          ? "The file has a header but no rows yet."
          : `The first ${preview.rows.length} row${preview.rows.length === 1 ? "" : "s"}${preview.truncated ? " of a larger file" : ""}, as read from the file.`}
      </p>
      {preview.rows.length > 0 && (
        <div role="region" aria-label="First rows of the file" tabIndex={0} className="max-h-80 overflow-auto rounded border border-slate-200">
          <table className="min-w-full text-left text-xs">
            <thead className="sticky top-0 bg-slate-50 text-slate-600">
              <tr>
                <th scope="col" className="px-2 py-1 font-medium">
                  Row
                </th>
                {preview.header.map((h, i) => (
                  <th key={i} scope="col" className="whitespace-nowrap px-2 py-1 font-medium">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="font-mono">
              {preview.rows.map((row, r) => (
                <tr key={r} className="border-t border-slate-100">
                  <td className="px-2 py-1 text-slate-600">{r + 1}</td>
                  {preview.header.map((_, c) => (
                    <td key={c} className="max-w-[16rem] truncate whitespace-nowrap px-2 py-1">
                      {row[c] ?? ""}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
