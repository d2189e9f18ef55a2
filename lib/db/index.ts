import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { databaseUrl, env, usesEmbeddedDb } from "@/lib/env";
import { CONNECT_TIMEOUT_MS, EMBEDDED_BUDGET, SERVER_APP_POOL } from "./connection-budget.mjs";

export { Prisma } from "@/lib/generated/prisma/client";

/** The Prisma client, or the client handed to an interactive transaction. */
export type Db = PrismaClient | Prisma.TransactionClient;

/** Connections in this process's pool; lib/db/connection-budget.mjs explains the numbers. */
export const appPoolMax =
  env.DATABASE_POOL_MAX ?? (usesEmbeddedDb ? EMBEDDED_BUDGET.appPool : SERVER_APP_POOL);

function createClient() {
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    max: appPoolMax,
    // A request past the pool's size queues for a connection rather than failing; after this
    // long the database counts as unavailable (503, lib/db/unavailable.ts).
    connectionTimeoutMillis: env.DATABASE_CONNECT_TIMEOUT_MS ?? CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({ adapter });
}

// One client per process, in production too: Next.js loads instrumentation, route handlers and
// pages as separate module graphs, and a pool per graph multiplies the connections the budget
// counts once (that is how one server came to hold all of the embedded database's connections).
const globalForDb = globalThis as unknown as { backroomDb?: PrismaClient };
export const db: PrismaClient = (globalForDb.backroomDb ??= createClient());
