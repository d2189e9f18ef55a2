import { z } from "zod";

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-01-31.")
  // Date.parse rolls impossible days over (2026-02-31 becomes March 3), so round-trip instead.
  .refine((v) => {
    const time = Date.parse(`${v}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === v;
  }, "Use a real calendar date.");

/** Audit-log filters, as they appear in the page's URL and the export route's query. */
export const auditFiltersSchema = z.object({
  entity: z.string().max(64).optional(),
  actor: z.string().max(64).optional(),
  from: day.optional(),
  to: day.optional(),
  cursor: z.string().max(64).optional(),
});

export type AuditFiltersInput = z.infer<typeof auditFiltersSchema>;

/** Turns URL filters into query bounds; `to` includes the whole day. */
export function toAuditQuery(input: AuditFiltersInput) {
  return {
    entityType: input.entity || undefined,
    actorId: input.actor || undefined,
    from: input.from ? new Date(`${input.from}T00:00:00Z`) : undefined,
    to: input.to ? new Date(Date.parse(`${input.to}T00:00:00Z`) + 86_400_000) : undefined,
    cursor: input.cursor || undefined,
  };
}
