import type { TestProject } from "vitest/node";
import { provisionTestDatabase } from "../../scripts/test-db.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

type Provisioned = { url: string; name: string; drop: () => Promise<void> };

/**
 * Vitest global setup for the `integration` project: one fresh, migrated database per run.
 * Workers are forked after this runs and inherit process.env, so `@/lib/db` connects to it;
 * the URL is also provided as `inject("databaseUrl")`.
 */
export default async function setup(project: TestProject) {
  const db: Provisioned = await provisionTestDatabase({ prefix: "integration" });
  process.env.DATABASE_URL = db.url;
  project.provide("databaseUrl", db.url);
  return async () => {
    await db.drop();
  };
}
