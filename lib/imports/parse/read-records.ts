import "server-only";
import { Readable } from "node:stream";
import { CsvError, parse } from "csv-parse";
import iconv from "iconv-lite";
import { UserError } from "@/lib/errors";

/** How a file is read, as detected on upload and confirmed by the person. */
export type ParseSettings = {
  encoding: string;
  delimiter: string;
  /** 1-based line of the header row; records before it are skipped. */
  headerRow: number;
};

/** One CSV record with the file line it starts on (what people see in a text editor). */
export type CsvRecord = { line: number; cells: string[] };

/**
 * A record longer than this is refused. A legitimate cell is never this long; a missing closing
 * quote or a binary file is, and without a limit the parser would buffer the rest of the file.
 */
export const MAX_RECORD_CHARS = 1024 * 1024;

/**
 * Streams the records of a CSV, decoding and parsing as chunks arrive, so memory stays bounded
 * whatever the file's size. Starts at the header row (yielded first). `onBytes` is told how
 * many raw bytes were consumed, for progress. A malformed file (an unclosed quote, a runaway
 * record) throws a UserError naming the line.
 */
export async function* readRecords(
  chunks: AsyncIterable<Uint8Array>,
  settings: ParseSettings,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<CsvRecord> {
  async function* counted() {
    for await (const chunk of chunks) {
      onBytes?.(chunk.byteLength);
      yield Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    }
  }
  const parser = Readable.from(counted())
    .pipe(iconv.decodeStream(settings.encoding as iconv.Encoding))
    .pipe(
      parse({
        bom: true,
        delimiter: settings.delimiter,
        // A wrong column count is a row error the engine reports, not a reason to stop.
        relax_column_count: true,
        relax_quotes: false,
        skip_empty_lines: true,
        max_record_size: MAX_RECORD_CHARS,
        from_line: settings.headerRow,
        info: true,
      }),
    );

  // csv-parse reports the line a record ends on; a record starts after the previous one and
  // any empty lines skipped since.
  let previousEnd = settings.headerRow - 1;
  let previousEmpty = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number; empty_lines: number };
    }>) {
      const line = previousEnd + 1 + (info.empty_lines - previousEmpty);
      previousEnd = info.lines;
      previousEmpty = info.empty_lines;
      yield { line, cells: record };
    }
  } catch (error) {
    throw describeParseError(error);
  } finally {
    parser.destroy();
  }
}

function describeParseError(error: unknown): unknown {
  if (!(error instanceof CsvError)) return error;
  const line = (error as CsvError & { lines?: number }).lines;
  const where = line ? `Line ${line}` : "The file";
  if (error.code === "CSV_MAX_RECORD_SIZE") {
    return new UserError(
      `${where} holds a row longer than 1 MB. A quote is probably not closed, or the file is not a CSV.`,
    );
  }
  if (error.code === "CSV_QUOTE_NOT_CLOSED") {
    return new UserError(`${where}: a quoted cell is never closed. Check the quotes in that row.`);
  }
  if (
    error.code === "CSV_INVALID_CLOSING_QUOTE" ||
    error.code === "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE"
  ) {
    return new UserError(
      `${where}: a quote in the middle of a cell. Cells containing quotes must be wrapped in quotes, with inner quotes doubled ("").`,
    );
  }
  return new UserError(`${where} could not be read as CSV: ${error.message}`);
}
