import "server-only";
import { UserError, notFound } from "@/lib/errors";
import type { ReadScope } from "@/lib/scope";

/** A location of this organisation; stock may only arrive at one that is not archived. */
export async function requireLocation(
  { db, orgId }: ReadScope,
  locationId: string,
  options: { receiving?: boolean; field?: string } = {},
) {
  const location = await db.location.findFirst({
    where: { id: locationId, orgId },
    select: { id: true, name: true, archivedAt: true },
  });
  if (!location) throw notFound("Location");
  if (options.receiving && location.archivedAt) {
    const message = `${location.name} is archived, so no stock can arrive there.`;
    throw new UserError(message, {
      fieldErrors: options.field ? { [options.field]: [message] } : undefined,
    });
  }
  return location;
}
