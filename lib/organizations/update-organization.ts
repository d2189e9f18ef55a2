import "server-only";
import { rebuildSalesRollups } from "@/lib/analytics/rollups";
import type { Db } from "@/lib/db";
import type { z } from "zod";
import type { organizationSettingsSchema } from "./schemas";

export async function updateOrganization(
  { db, orgId }: { db: Db; orgId: string },
  input: z.infer<typeof organizationSettingsSchema>,
) {
  const before = await db.organization.findUniqueOrThrow({
    where: { id: orgId },
    select: { name: true, currency: true, timezone: true },
  });
  const after = await db.organization.update({
    where: { id: orgId },
    data: input,
    select: { name: true, currency: true, timezone: true },
  });
  // Every sale's local day and hour moves with the timezone.
  if (after.timezone !== before.timezone) await rebuildSalesRollups(db, orgId);
  return { before, after };
}
