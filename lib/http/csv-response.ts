import "server-only";
import { stringify } from "csv-stringify/sync";

/**
 * Cells a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) get a
 * leading apostrophe, so a customer named "=HYPERLINK(…)" stays text. Numbers ("-3", "12.50") pass as is.
 */
function neutralise(cell: unknown) {
  if (typeof cell !== "string" || /^[+-]?\d+(\.\d+)?$/.test(cell)) return cell;
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** A CSV download of rows, named `<name>-<date>.csv`. */
export function csvResponse(name: string, columns: string[], rows: unknown[][]) {
  const body = stringify(
    rows.map((row) => row.map(neutralise)),
    { header: true, columns },
  );
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${name}-${new Date().toISOString().slice(0, 10)}.csv"`,
    },
  });
}
