import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { getTwoFactorHold } from "@/lib/auth/two-factor/gate";
import { db, type Db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { clientIpFrom } from "@/lib/http/client-ip";
import { getOrgContext, type OrgContext } from "@/lib/organizations/active-organization";
import type { Permission } from "@/lib/rbac/permissions";
import { findInputProblem } from "@/lib/validation/input-shape";
import type { ActionResult } from "./result";
import { failure, inputProblemFailure, validationFailure } from "./failures";

/**
 * Who may call an action: holders of a permission in the active organisation,
 * any signed-in user (accepting an invitation, switching organisation), or
 * anyone (sign-in, sign-up, password reset).
 */
export type Access = Permission | "authenticated" | "public";

type AuditDetails = { entityId?: string | null; before?: unknown; after?: unknown };

export type PublicContext = { db: Db; ip: string | null };
export type UserContext = PublicContext & { user: CurrentUser };
export type OrgActionContext = OrgContext & {
  db: Db;
  ip: string | null;
  orgId: string;
  /** Describes the entity this call changed; written to the audit log with the write. */
  audit: (details: AuditDetails) => void;
  /** Runs once the transaction has committed: emails and jobs never leave for a rolled-back write. */
  afterCommit: (effect: () => Promise<unknown>) => void;
};

type ContextFor<A extends Access> = A extends "public"
  ? PublicContext
  : A extends "authenticated"
    ? UserContext
    : OrgActionContext;

type ActionConfig<S extends z.ZodType, A extends Access, R> = {
  permission: A;
  input: S;
  /**
   * The audit entry written for every successful call (in the same transaction),
   * or `false` for actions that change no business data of an organisation.
   */
  audit: A extends Permission ? { action: string; entityType: string } | false : false;
  handler: (input: z.output<S>, ctx: ContextFor<A>) => Promise<R>;
};

/** Forms may post FormData (progressive enhancement) or plain objects (react-hook-form). */
function toPlain(raw: unknown): unknown {
  return raw instanceof FormData ? Object.fromEntries(raw) : raw;
}

/**
 * The only way to write a server action. It loads the session and organisation,
 * validates input with the shared schema, checks the declared permission, runs
 * the handler (in a transaction with its audit entry when it writes), and turns
 * every failure into an ActionResult — never a stack trace.
 */
export function defineAction<S extends z.ZodType, A extends Access, R>(
  config: ActionConfig<S, A, R>,
): (input: z.input<S> | FormData) => Promise<ActionResult<R>> {
  return async (raw) => {
    try {
      const ip = clientIpFrom(await headers());
      const ctx = await loadContext(config.permission, ip);
      if ("error" in ctx) return ctx.error;

      const plain = toPlain(raw);
      const problem = findInputProblem(plain);
      if (problem) return inputProblemFailure(problem);
      const parsed = config.input.safeParse(plain);
      if (!parsed.success) return validationFailure(parsed.error);

      if (config.permission === "public" || config.permission === "authenticated") {
        const data = await config.handler(parsed.data, ctx.value as ContextFor<A>);
        return { ok: true, data };
      }
      const data = await runInOrg(config, parsed.data, ctx.value as OrgContext, ip);
      return { ok: true, data };
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() are control flow, not failures
      return failure(error);
    }
  };
}

type Loaded = { value: PublicContext | UserContext | OrgContext } | { error: ActionResult<never> };

async function loadContext(access: Access, ip: string | null): Promise<Loaded> {
  if (access === "public") return { value: { db, ip } };
  const signedOut: Loaded = {
    error: { ok: false, code: "unauthenticated", error: "Your session has ended. Sign in again." },
  };
  if (access === "authenticated") {
    const user = await getCurrentUser();
    return user ? { value: { db, ip, user } } : signedOut;
  }
  const org = await getOrgContext();
  if (!org) {
    const hold = await getTwoFactorHold();
    return hold ? { error: { ok: false, code: hold.code, error: hold.message } } : signedOut;
  }
  if (!org.permissions.has(access)) {
    return {
      error: { ok: false, code: "forbidden", error: "You don't have permission to do that." },
    };
  }
  return { value: org };
}

async function runInOrg<S extends z.ZodType, A extends Access, R>(
  config: ActionConfig<S, A, R>,
  input: z.output<S>,
  org: OrgContext,
  ip: string | null,
): Promise<R> {
  const effects: (() => Promise<unknown>)[] = [];
  const entries: AuditDetails[] = [];
  const run = (tx: Db) =>
    config.handler(input, {
      ...org,
      db: tx,
      ip,
      orgId: org.org.id,
      audit: (details) => void entries.push(details),
      afterCommit: (effect) => void effects.push(effect),
    } satisfies OrgActionContext as unknown as ContextFor<A>);

  const audit = config.audit;
  const result = audit
    ? await db.$transaction(
        async (tx) => {
          const value = await run(tx);
          for (const entry of entries.length ? entries : [{}]) {
            await recordAudit(
              tx,
              { orgId: org.org.id, actor: org.actor satisfies Actor },
              {
                action: audit.action,
                entityType: audit.entityType,
                ...entry,
              },
            );
          }
          return value;
        },
        // Busy moments (many orders for the same stock) queue for row locks; wait rather than fail.
        { maxWait: 15_000, timeout: 30_000 },
      )
    : await run(db);

  for (const effect of effects) await effect();
  return result;
}

export { UserError };
