import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { databaseUrl, env, usesEmbeddedDb } from "@/lib/env";

export { Prisma } from "@/lib/generated/prisma/client";

/** The Prisma client, or the client handed to an interactive transaction. */
export type Db = PrismaClient | Prisma.TransactionClient;

function createClient() {
  const max = env.DATABASE_POOL_MAX ?? (usesEmbeddedDb ? 4 : 10);
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max }) });
}

// One client per process; dev reloads would otherwise open a new pool on every edit.
const globalForDb = globalThis as unknown as { backroomDb?: PrismaClient };
export const db: PrismaClient = globalForDb.backroomDb ?? createClient();
if (env.NODE_ENV !== "production") globalForDb.backroomDb = db;
