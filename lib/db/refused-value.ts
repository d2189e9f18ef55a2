import "server-only";

/*
 * The last line behind the input schemas: PostgreSQL refusing a value (a NUL byte, a year it
 * cannot represent, a number wider than its column) is the client's bad input, not our outage,
 * so it is answered as such. Every hit is still logged, since it means a schema let it through.
 */

// Prisma's codes for values the database refused: too long, invalid, out of range, not 64-bit.
const PRISMA_CODES: Record<string, string> = {
  P2000: "A value is too long to store.",
  P2007: "Some of the values can't be stored. Check them and try again.",
  P2020: "A number is too large to store. Use a smaller amount or quantity.",
  P2033: "A number is too large to store. Use a smaller amount or quantity.",
};

// PostgreSQL SQLSTATEs (class 22 is "data exception"; 54001 is "statement too complex").
const SQLSTATES: Record<string, string> = {
  "22001": "A value is too long to store.",
  "22003": "A number is too large to store. Use a smaller amount or quantity.",
  "22007": "A date can't be stored. Use a date between the years 1900 and 2199.",
  "22008": "A date can't be stored. Use a date between the years 1900 and 2199.",
  "22021": "Contains a character that can't be stored. Remove it and try again.",
  "22P05": "Contains a character that can't be stored. Remove it and try again.",
  "54001": "The request is too complex. Send fewer or simpler values.",
};
const DATA_EXCEPTION = "Some of the values can't be stored. Check them and try again.";

/**
 * The message for a database error caused by the value sent, or null for any other error.
 * Looks through Prisma's wrappers (`cause`, `meta.driverAdapterError`) for the SQLSTATE.
 */
export function refusedValueMessage(error: unknown): string | null {
  const queue: unknown[] = [error];
  for (let i = 0; i < queue.length && i < 12; i++) {
    const e = queue[i];
    if (typeof e !== "object" || e === null) continue;
    const record = e as Record<string, unknown>;
    for (const key of ["originalCode", "code"] as const) {
      const code = record[key];
      if (typeof code !== "string") continue;
      if (PRISMA_CODES[code]) return PRISMA_CODES[code];
      if (SQLSTATES[code]) return SQLSTATES[code];
      if (/^22[0-9A-Z]{3}$/.test(code)) return DATA_EXCEPTION;
    }
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      return "The request is too complex. Send fewer or simpler values.";
    }
    queue.push(record.cause, record.meta, record.driverAdapterError);
  }
  return null;
}
