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

/**
 * A CSV download written as the records arrive (the first record is the header row), so a file
 * of any length never sits whole in memory. `fileName` is used as given.
 */
export function csvStreamResponse(fileName: string, records: AsyncIterable<unknown[]>) {
  const iterator = records[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await iterator.next();
      if (done) return controller.close();
      controller.enqueue(encoder.encode(stringify([value.map(neutralise)])));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName.replace(/["\\\r\n]/g, "")}"`,
    },
  });
}

/** A CSV text of our own (a template, a sample file) as a download named `fileName`. */
export function csvTextResponse(fileName: string, csv: string) {
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
    },
  });
}
