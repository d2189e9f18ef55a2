import "server-only";
import { stringify } from "csv-stringify/sync";

/** A CSV download of rows, named `<name>-<date>.csv`. */
export function csvResponse(name: string, columns: string[], rows: unknown[][]) {
  const body = stringify(rows, { header: true, columns });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${name}-${new Date().toISOString().slice(0, 10)}.csv"`,
    },
  });
}
