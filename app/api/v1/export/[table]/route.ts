import { notFound } from "@/lib/api/errors";
import { route } from "@/lib/api/route";
import { exportCsv } from "@/features/imports/server/export";
import { TABLE_NAMES, type TableName } from "@/features/imports/tables";

export const GET = route({ permission: "read" }, async ({ params }) => {
  const name = String(params.table).replace(/\.csv$/, "") as TableName;
  if (!TABLE_NAMES.includes(name)) throw notFound(`No table "${name}"; export one of ${TABLE_NAMES.join(", ")}.`);
  return new Response(exportCsv(name), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}.csv"` },
  });
});
