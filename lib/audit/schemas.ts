import { z } from "zod";
import { isoDaySchema, optionalIdText, text } from "@/lib/validation/fields";

const day = isoDaySchema;

/** Audit-log filters, as they appear in the page's URL and the export route's query. */
export const auditFiltersSchema = z.object({
  entity: text({ max: 64 }).optional(),
  actor: optionalIdText().optional(),
  from: day.optional(),
  to: day.optional(),
  cursor: optionalIdText().optional(),
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
