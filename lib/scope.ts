import type { Actor } from "@/lib/audit/actor";
import type { Db } from "@/lib/db";

/**
 * What every business function takes: where to read and write (the client or a
 * transaction), which organisation, and who is acting. Server actions get one
 * from defineAction's context; jobs and API routes build their own.
 */
export type Scope = { db: Db; orgId: string; actor: Actor };

/** Reads need no actor. */
export type ReadScope = { db: Db; orgId: string };
