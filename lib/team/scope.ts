import type { Db } from "@/lib/db";

/** What every team function needs: where to read/write, and which organisation. */
export type OrgScope = { db: Db; orgId: string };
