import "server-only";
import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";
import type { ImportField } from "@/lib/imports/kinds/types";
import { detectEncoding, SNIFF_BYTES } from "./detect-encoding";
import { normalizeHeader } from "./normalize-header";

export const DELIMITERS = [",", ";", "\t", "|"] as const;

/** Records looked at to detect the delimiter and the header row. */
const SNIFF_RECORDS = 30;
/** A header is looked for among this many first records (titles, notes, blank lines above it). */
const HEADER_SEARCH_RECORDS = 10;

export type SniffResult = {
  encoding: string;
  delimiter: string;
  headerRow: number;
  headers: string[];
};

type SampleRecord = { line: number; cells: string[] };

/**
 * Works out how to read a file from its first bytes: encoding, delimiter and which line holds
 * the headers. `fields` are the import kind's, whose aliases help recognise the header row.
 */
export function sniffFile(sample: Uint8Array, fields: readonly ImportField[]): SniffResult {
  const encoding = detectEncoding(sample);
  const text = decodeSample(sample, encoding);
  const delimiter = detectDelimiter(text);
  const records = sampleRecords(text, delimiter);
  const header = detectHeaderRecord(records, fields);
  return {
    encoding,
    delimiter,
    headerRow: header?.line ?? 1,
    // Headers are stored and shown as text: control characters (a NUL, a stray tab) go.
    headers: header
      ? header.cells.map((cell) => cell.replace(/[\u0000-\u001F\u007F]/g, " ").trim())
      : [],
  };
}

/** Columns a file may have: more is a spreadsheet of something else, or not a table at all. */
export const MAX_COLUMNS = 500;
/** A column name longer than this is a paragraph, not a header. */
export const MAX_HEADER_CHARS = 500;

/**
 * Why a sniffed file cannot be imported, or null: its first line does not end within the
 * sample (no header row is that long), too many columns, or a header too long to be one.
 * `wholeFile` says the sample is the entire file.
 */
export function sniffProblem(sniffed: SniffResult, sample: Uint8Array, wholeFile: boolean) {
  const count = (n: number) => n.toLocaleString("en-GB");
  if (!wholeFile && !sample.includes(0x0a) && !sample.includes(0x0d)) {
    const delimiters = sample.filter((byte) => byte === sniffed.delimiter.charCodeAt(0)).length;
    if (delimiters >= MAX_COLUMNS) {
      return `This file has more than ${count(delimiters)} columns; Backroom reads at most ${MAX_COLUMNS}.`;
    }
    return `Line 1 is longer than ${SNIFF_BYTES / 1024} KB without a line break, so it cannot be a header row. Is this a CSV file?`;
  }
  if (sniffed.headers.length > MAX_COLUMNS) {
    return `This file has ${count(sniffed.headers.length)} columns; Backroom reads at most ${MAX_COLUMNS}.`;
  }
  const long = sniffed.headers.findIndex((h) => h.length > MAX_HEADER_CHARS);
  if (long >= 0) {
    return `Column ${count(long + 1)}'s name is longer than ${MAX_HEADER_CHARS} characters. Check that line ${sniffed.headerRow} is the header row.`;
  }
  return null;
}

/** Decodes a sample, dropping the last (probably cut-off) line when there is more than one. */
export function decodeSample(sample: Uint8Array, encoding: string): string {
  const text = iconv.decode(Buffer.from(sample), encoding as iconv.Encoding);
  const lastBreak = text.lastIndexOf("\n");
  return lastBreak > 0 ? text.slice(0, lastBreak + 1) : text;
}

/**
 * The candidate delimiter that splits the first lines most consistently: the one whose most
 * common field count (above one) is shared by the most records. Title lines above the header
 * only lower every candidate's score alike. Ties go to the comma.
 */
export function detectDelimiter(text: string): string {
  let best: { delimiter: string; score: number } = { delimiter: ",", score: 0 };
  for (const delimiter of DELIMITERS) {
    const counts = new Map<number, number>();
    for (const { cells } of sampleRecords(text, delimiter)) {
      if (cells.length > 1) counts.set(cells.length, (counts.get(cells.length) ?? 0) + 1);
    }
    // Frequency first; more columns break ties between equally consistent splits.
    let score = 0;
    for (const [fieldCount, frequency] of counts) {
      score = Math.max(score, frequency * 1000 + fieldCount);
    }
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

/**
 * The header among the first records: the one whose cells match the kind's field names and
 * aliases best; without any match, the first record that is mostly non-empty text as wide as
 * the rows below it.
 */
export function detectHeaderRecord(
  records: SampleRecord[],
  fields: readonly ImportField[],
): SampleRecord | undefined {
  const candidates = records.slice(0, HEADER_SEARCH_RECORDS);
  const names = new Set(
    fields.flatMap((f) => [f.key, f.label, ...f.aliases].map((name) => normalizeHeader(name))),
  );
  let best: { record: SampleRecord; matches: number } | undefined;
  for (const record of candidates) {
    if (!isTextRow(record.cells)) continue;
    const matches = record.cells.filter((cell) => names.has(normalizeHeader(cell))).length;
    if (matches > 0 && (!best || matches > best.matches)) best = { record, matches };
  }
  if (best) return best.record;

  const width = commonWidth(records);
  return (
    candidates.find((r) => isTextRow(r.cells) && r.cells.length >= width) ??
    candidates.find((r) => isTextRow(r.cells)) ??
    records[0]
  );
}

/** Mostly filled with text that is not a number or a date: how headers look. */
function isTextRow(cells: string[]): boolean {
  const filled = cells.filter((cell) => cell.trim() !== "");
  if (filled.length === 0 || filled.length < cells.length / 2) return false;
  const textual = filled.filter((cell) => !/^[\d\s.,:/$€£%+-]+$/.test(cell.trim()));
  return textual.length >= filled.length * 0.8;
}

function commonWidth(records: SampleRecord[]): number {
  const counts = new Map<number, number>();
  for (const { cells } of records) counts.set(cells.length, (counts.get(cells.length) ?? 0) + 1);
  let width = 0;
  let frequency = 0;
  for (const [w, f] of counts)
    if (f > frequency || (f === frequency && w > width)) [width, frequency] = [w, f];
  return width;
}

/** The first records of a decoded sample, leniently: detection must not fail on odd quoting. */
export function sampleRecords(text: string, delimiter: string): SampleRecord[] {
  // A sample can end inside a quoted cell; parse less of it until it reads.
  for (let end = text.length; end > 0; end = text.lastIndexOf("\n", Math.floor(end / 2))) {
    const records = tryParse(text.slice(0, end), delimiter);
    if (records) return records;
  }
  return [];
}

function tryParse(text: string, delimiter: string): SampleRecord[] | undefined {
  try {
    const rows = parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      to: SNIFF_RECORDS,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number; empty_lines: number } }[];
    let previousEnd = 0;
    let previousEmpty = 0;
    return rows.map(({ record, info }) => {
      const line = previousEnd + 1 + (info.empty_lines - previousEmpty);
      previousEnd = info.lines;
      previousEmpty = info.empty_lines;
      return { line, cells: record };
    });
  } catch {
    return undefined;
  }
}
