import "server-only";
import { Readable } from "node:stream";
import { CsvError, parse, type Options } from "csv-parse";
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
  for await (const batch of readRecordBatches(chunks, settings, onBytes)) yield* batch;
}

type ParsedRecord = { record: string[]; info: { lines: number; empty_lines: number } };

/**
 * readRecords in batches of whatever the parser has ready: one await per batch rather than
 * per record keeps the dry run's hot loop synchronous.
 */
export async function* readRecordBatches(
  chunks: AsyncIterable<Uint8Array>,
  settings: ParseSettings,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<CsvRecord[]> {
  async function* counted() {
    for await (const chunk of chunks) {
      onBytes?.(chunk.byteLength);
      yield Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    }
  }
  // One stored chunk (1 MiB) in flight at a time.
  const source = Readable.from(counted(), { highWaterMark: 1 });
  const decoder = iconv.decodeStream(settings.encoding as iconv.Encoding);
  const parser = source.pipe(decoder).pipe(
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
      // Records buffered ahead of the reader, so a batch is worth the await.
      highWaterMark: 2048,
    } as Options),
  );
  let failure: unknown;
  // Errors of the source and the decoder end up here too: pipe() does not forward them.
  const fail = (error: unknown) => {
    failure ??= error;
    parser.destroy();
  };
  parser.on("error", fail);
  source.on("error", fail);
  decoder.on("error", fail);

  // csv-parse reports the line a record ends on; a record starts after the previous one and
  // any empty lines skipped since.
  let previousEnd = settings.headerRow - 1;
  let previousEmpty = 0;
  try {
    for (;;) {
      if (failure) throw describeParseError(failure);
      const batch: CsvRecord[] = [];
      let item: ParsedRecord | null;
      while ((item = parser.read() as ParsedRecord | null) !== null) {
        const line = previousEnd + 1 + (item.info.empty_lines - previousEmpty);
        previousEnd = item.info.lines;
        previousEmpty = item.info.empty_lines;
        batch.push({ line, cells: item.record });
      }
      if (batch.length > 0) {
        yield batch;
        continue;
      }
      if (parser.readableEnded || parser.destroyed) {
        if (failure) throw describeParseError(failure);
        return;
      }
      await nextEvent(parser);
    }
  } finally {
    parser.destroy();
    source.destroy();
  }
}

/** Resolves at the parser's next 'readable', 'end', 'close' or 'error'. */
function nextEvent(stream: Readable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      for (const event of EVENTS) stream.off(event, done);
      resolve();
    };
    for (const event of EVENTS) stream.on(event, done);
  });
}
const EVENTS = ["readable", "end", "close", "error"] as const;

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
