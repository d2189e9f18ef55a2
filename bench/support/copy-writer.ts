import { once } from "node:events";
import { finished } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

export type CopyValue = string | number | boolean | Date | null | readonly string[];

const NEEDS_QUOTES = /[",\n\r]/;
/** Flushing in ~256 KB writes keeps the per-row cost to a string append. */
const FLUSH_BYTES = 256 * 1024;

function csvText(text: string): string {
  // In COPY's CSV format an unquoted empty field is NULL, so empty strings must be quoted.
  if (text === "" || NEEDS_QUOTES.test(text)) return `"${text.replaceAll('"', '""')}"`;
  return text;
}

/** PostgreSQL array literal: {"a","b"}, every element quoted so commas and spaces are safe. */
function arrayLiteral(values: readonly string[]): string {
  const items = values.map((v) => `"${v.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`);
  return `{${items.join(",")}}`;
}

export function csvField(value: CopyValue): string {
  if (value === null) return "";
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return csvText(arrayLiteral(value));
  if (typeof value === "string") return csvText(value);
  return String(value);
}

/**
 * Streams rows into one table with COPY … FROM STDIN (CSV), on a connection of its own.
 * Rows are buffered into large writes and the writer waits for the socket to drain, so a
 * generator of millions of rows runs in constant memory.
 */
export class CopyWriter {
  private buffer = "";
  private rows = 0;

  private constructor(private readonly stream: ReturnType<typeof copyFrom>) {}

  static open(client: pg.Client, table: string, columns: readonly string[]): CopyWriter {
    const list = columns.map((c) => `"${c}"`).join(", ");
    const stream = client.query(copyFrom(`COPY "${table}" (${list}) FROM STDIN WITH (FORMAT csv)`));
    return new CopyWriter(stream);
  }

  push(values: readonly CopyValue[]): void {
    this.buffer += values.map(csvField).join(",") + "\n";
    this.rows += 1;
  }

  /** Writes what is buffered once it is large enough; call it between batches of pushes. */
  async flushIfFull(): Promise<void> {
    if (this.buffer.length >= FLUSH_BYTES) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.buffer === "") return;
    const chunk = this.buffer;
    this.buffer = "";
    if (!this.stream.write(chunk)) await once(this.stream, "drain");
  }

  /** Sends the rest and waits for PostgreSQL to accept the whole COPY; returns rows written. */
  async end(): Promise<number> {
    await this.flush();
    this.stream.end();
    await finished(this.stream);
    return this.rows;
  }
}

/** Copies a small, in-memory list of rows in one go. */
export async function copyRows(
  client: pg.Client,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CopyValue[]>,
): Promise<number> {
  const writer = CopyWriter.open(client, table, columns);
  for (const row of rows) {
    writer.push(row);
    await writer.flushIfFull();
  }
  return writer.end();
}
