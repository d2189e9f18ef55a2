import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { Db } from "@/lib/db";
import type { ImportRun } from "@/lib/generated/prisma/client";
import { UserError } from "@/lib/errors";
import type { ImportContext, ImportKindDefinition } from "./kinds/types";
import { getImportKind } from "./registry";

/** Lets callers (tests, mostly) run the engine with a kind definition of their own. */
export type KindOption = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  definition?: ImportKindDefinition<any>;
};

export function kindFor(
  kind: ImportRun["kind"],
  options: KindOption = {},
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): ImportKindDefinition<any> {
  if (options.definition) {
    if (options.definition.kind !== kind) {
      throw new Error(`The ${options.definition.kind} definition cannot run a ${kind} import.`);
    }
    return options.definition;
  }
  return getImportKind(kind);
}

/** The person (or job) who started the run, who is also the one the import acts for. */
export function runActor(run: Pick<ImportRun, "actorType" | "actorId" | "actorLabel">): Actor {
  if (run.actorType === "SYSTEM" || !run.actorId) return { type: "SYSTEM", label: run.actorLabel };
  return { type: run.actorType, id: run.actorId, label: run.actorLabel };
}

/** What a kind's classify and commit steps get. */
export async function importContext(
  db: Db,
  run: Pick<ImportRun, "id" | "orgId" | "actorType" | "actorId" | "actorLabel">,
): Promise<ImportContext> {
  const org = await db.organization.findUnique({
    where: { id: run.orgId },
    select: { timezone: true, currency: true },
  });
  if (!org) throw new UserError("The organisation no longer exists.");
  return { db, orgId: run.orgId, runId: run.id, actor: runActor(run), org };
}
