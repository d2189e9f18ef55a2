import "server-only";
import { once } from "node:events";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { IMPORT_STAGING_CONNECTIONS } from "@/lib/db/connection-budget.mjs";
import { databaseUrl } from "@/lib/env";
import type { ImportRowError } from "./kinds/types";

/**
 * One row as staged: valid rows carry `data`, invalid ones `errors`. ImportRow.raw stays NULL:
 * the error file reads the original cells from the stored file.
 */
export type StagedRow = {
  rowNumber: number;
  naturalKey: string | null;
  data: unknown;
  errors: ImportRowError[] | null;
};

export type RowStager = {
  /** Queues a row; returns a promise only when the buffer was sent and must drain first. */
  add(row: StagedRow): Promise<void> | undefined;
  /** Sends what is left and ends the COPY; the rows become visible together. */
  finish(): Promise<void>;
  /** Abandons the COPY: none of its rows are kept. */
  abort(): Promise<void>;
};

/** Text buffered before a write to the COPY stream. */
const FLUSH_CHARS = 256 * 1024;

/**
 * Writes ImportRow rows with PostgreSQL COPY on a connection of its own (Prisma has no COPY),
 * which is many times faster than inserts for files of hundreds of thousands of rows. Rows are
 * buffered and written in blocks; when the socket is busy, `add` returns a promise to await, so
 * a fast parser never outruns the database.
 */
export async function openRowStager(
  run: { id: string; orgId: string },
  { connectionString = databaseUrl }: { connectionString?: string } = {},
): Promise<RowStager> {
  // The connection counts against the budget (lib/db/connection-budget.mjs): a third dry run
  // waits here for a slot rather than opening a connection the server would drop.
  const release = await stagingSlots.acquire();
  let client: pg.Client;
  try {
    client = await connectWithRetry(connectionString);
  } catch (error) {
    release();
    throw error;
  }
  const end = () => client.end().catch(() => undefined);
  try {
    const { rows } = await client.query<{ embedded: boolean }>(
      `SELECT version() LIKE '%PGlite%' AS embedded`,
    );
    const stager = rows[0]?.embedded ? insertStager(client, run) : copyStager(client, run);
    return releasingOnClose(stager, release);
  } catch (error) {
    await end();
    release();
    throw error;
  }
}

/** Connection attempts before the dry run gives up (and its job retries later). */
const CONNECT_ATTEMPTS = 6;
const CONNECT_TIMEOUT_MS = 15_000;

/**
 * A busy server can refuse or drop a new connection for a moment; waiting and trying again
 * (0.5 s, 1 s, 2 s … ≈ 30 s in all) beats failing the user's dry run.
 */
async function connectWithRetry(connectionString: string): Promise<pg.Client> {
  for (let attempt = 1; ; attempt++) {
    const client = new pg.Client({ connectionString, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    // A dropped connection surfaces through the COPY stream; this keeps it from crashing the process.
    client.on("error", () => undefined);
    try {
      await client.connect();
      return client;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (attempt >= CONNECT_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** (attempt - 1)));
    }
  }
}

function releasingOnClose(stager: RowStager, release: () => void): RowStager {
  let released = false;
  const once = () => {
    if (released) return;
    released = true;
    release();
  };
  return {
    add: (row) => stager.add(row),
    finish: () => stager.finish().finally(once),
    abort: () => stager.abort().finally(once),
  };
}

/** A counting semaphore shared by every module graph of the process (Next.js loads several). */
function semaphore(key: symbol, size: number) {
  const holder = globalThis as typeof globalThis & {
    [k: symbol]: { free: number; waiting: (() => void)[] } | undefined;
  };
  const state = (holder[key] ??= { free: size, waiting: [] });
  return {
    async acquire(): Promise<() => void> {
      if (state.free > 0) state.free--;
      else await new Promise<void>((resolve) => state.waiting.push(resolve));
      return () => {
        const next = state.waiting.shift();
        if (next) next();
        else state.free++;
      };
    },
  };
}

const stagingSlots = semaphore(
  Symbol.for("backroom.importStagingSlots"),
  IMPORT_STAGING_CONNECTIONS,
);

function copyStager(client: pg.Client, run: { id: string; orgId: string }): RowStager {
  const stream = client.query(
    copyFrom(
      `COPY "ImportRow" ("importRunId", "rowNumber", "orgId", "naturalKey", "data", "errors", "outcome") FROM STDIN`,
    ),
  );
  let failure: unknown;
  stream.on("error", (error) => (failure ??= error));
  const prefix = `${copyText(run.id)}\t`;
  const orgCell = copyText(run.orgId);
  let buffer = "";
  let closed = false;

  const close = async () => {
    if (closed) return;
    closed = true;
    await client.end().catch(() => undefined);
  };

  const write = async () => {
    if (failure) throw failure;
    const text = buffer;
    buffer = "";
    if (!stream.write(text)) {
      await Promise.race([once(stream, "drain"), once(stream, "error")]);
      if (failure) throw failure;
    }
  };

  return {
    add(row) {
      buffer +=
        prefix +
        row.rowNumber +
        "\t" +
        orgCell +
        "\t" +
        (row.naturalKey === null ? "\\N" : copyText(row.naturalKey)) +
        "\t" +
        (row.data === null ? "\\N" : copyText(JSON.stringify(row.data))) +
        "\t" +
        (row.errors === null ? "\\N\t\\N" : copyText(JSON.stringify(row.errors)) + "\tINVALID") +
        "\n";
      return buffer.length >= FLUSH_CHARS ? write() : undefined;
    },
    async finish() {
      try {
        if (buffer) await write();
        const done = Promise.race([once(stream, "finish"), once(stream, "error")]);
        stream.end();
        await done;
        if (failure) throw failure;
      } finally {
        await close();
      }
    },
    async abort() {
      // Ending the connection mid-COPY makes the server roll the COPY back.
      stream.destroy();
      await close();
    },
  };
}

/** A value in COPY's text format: backslash, tab, newline and carriage return escaped. */
export function copyText(value: string): string {
  return /[\\\t\n\r]/.test(value)
    ? value.replace(/[\\\t\n\r]/g, (c) =>
        c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r",
      )
    : value;
}

/** Rows per INSERT on the embedded database. */
const INSERT_BATCH = 2_000;

/**
 * The embedded database (PGlite behind pglite-socket, used by `npm start` without DATABASE_URL)
 * loses protocol sync on COPY FROM STDIN, so there rows go in as batched multi-row INSERTs.
 * Each batch commits on its own: an open transaction here would hold PGlite's single session
 * and block the progress writes the dry run makes meanwhile. A failed or cancelled dry run
 * deletes its rows afterwards, as it does for an interrupted COPY.
 */
function insertStager(client: pg.Client, run: { id: string; orgId: string }): RowStager {
  let batch: StagedRow[] = [];
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await client.end().catch(() => undefined);
  };
  const write = async () => {
    const rows = batch;
    batch = [];
    await client.query(
      `INSERT INTO "ImportRow" ("importRunId", "orgId", "rowNumber", "naturalKey", "data", "errors", "outcome")
       SELECT $1, $2, r.n, r.k, r.d, r.e, CASE WHEN r.e IS NULL THEN NULL ELSE 'INVALID'::"ImportRowOutcome" END
       FROM unnest($3::int[], $4::text[], $5::jsonb[], $6::jsonb[]) AS r(n, k, d, e)`,
      [
        run.id,
        run.orgId,
        rows.map((row) => row.rowNumber),
        rows.map((row) => row.naturalKey),
        rows.map((row) => (row.data === null ? null : JSON.stringify(row.data))),
        rows.map((row) => (row.errors === null ? null : JSON.stringify(row.errors))),
      ],
    );
  };
  return {
    add(row) {
      batch.push(row);
      return batch.length >= INSERT_BATCH ? write() : undefined;
    },
    async finish() {
      try {
        if (batch.length > 0) await write();
      } finally {
        await close();
      }
    },
    async abort() {
      batch = [];
      await close();
    },
  };
}
