// Every database connection Backroom can open, counted in one place. Plain JavaScript so the
// scripts (scripts/embedded-db.mjs sizes the embedded server with it) and the app (lib/db sizes
// its pools with it) read the same numbers.
//
// The embedded server (PGlite behind pglite-socket) has ONE backend: extra connections add no
// throughput, they only let clients queue. A connection past the server's limit is not queued
// but dropped ("Connection terminated unexpectedly"), so the limit must cover everything that can
// be open at once, and each process must wait inside its own pools rather than open more:
//
//   one app process (next start):
//     appPool          Prisma's pool: requests, server actions, the job poller's bookkeeping, the
//                      rate limiter (rate-limiter-flexible's Prisma store), a commit's transaction
//                      and its cancel watcher. Requests beyond it wait (pool queue) for
//                      `connectTimeoutMs`, then answer 503 with Retry-After.
//     importStaging    the dry run's row stager (pg / pg-copy-streams, lib/imports/stage-rows.ts),
//                      one per dry run running at once; a further dry run waits for a slot.
//   beside it, while it runs:
//     scripts          `npm run db:migrate` (schema engine: a pool of 2 and one client) and the
//                      seed (a Prisma pool of its own, sized `appPool`).
//     tools            psql or a database browser.
//
// On a PostgreSQL server the same app counts hold per instance; DATABASE_POOL_MAX overrides
// the pool, and max_connections (100 by default) must cover instances × (pool + staging).

/** @type {Readonly<{ appPool: number; importStaging: number; scripts: number; tools: number }>} */
export const EMBEDDED_BUDGET = Object.freeze({
  appPool: 6,
  importStaging: 2,
  scripts: 3 + 6,
  tools: 2,
});

/** Spare connections above the sum, for a second app process started by mistake to fail late. */
const SPARE = 5;

/** The embedded server's connection limit: everything above can be connected at once. */
export const EMBEDDED_MAX_CONNECTIONS =
  EMBEDDED_BUDGET.appPool +
  EMBEDDED_BUDGET.importStaging +
  EMBEDDED_BUDGET.scripts +
  EMBEDDED_BUDGET.tools +
  SPARE;

/** Prisma's pool on a PostgreSQL server, per app instance, unless DATABASE_POOL_MAX says otherwise. */
export const SERVER_APP_POOL = 10;

/** Dry runs staging rows at once per process (each holds one connection of its own). */
export const IMPORT_STAGING_CONNECTIONS = EMBEDDED_BUDGET.importStaging;

/**
 * How long a request waits for a pooled connection before the database counts as unavailable
 * (503 with Retry-After). Long enough to outwait a busy embedded database, short enough that a
 * person sees an answer rather than a spinner.
 */
export const CONNECT_TIMEOUT_MS = 20_000;
