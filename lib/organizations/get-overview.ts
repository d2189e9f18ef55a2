import "server-only";
import type { Db } from "@/lib/db";

/** What the overview shows about an organisation before any sales data exists. */
export async function getOrganizationOverview(
  { db, orgId }: { db: Db; orgId: string },
  // Recent activity is the audit log: read only for a viewer allowed to see it.
  { activity = true }: { activity?: boolean } = {},
) {
  const [org, members, pendingInvitations, customRoles, recentActivity, products, orders] =
    await Promise.all([
      db.organization.findUniqueOrThrow({ where: { id: orgId }, select: { createdAt: true } }),
      db.membership.count({ where: { orgId } }),
      db.invitation.count({
        where: { orgId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      }),
      db.role.count({ where: { orgId, builtIn: false } }),
      activity
        ? db.auditLog.findMany({
            where: { orgId },
            orderBy: { createdAt: "desc" },
            take: 8,
            select: { id: true, action: true, actorLabel: true, entityType: true, createdAt: true },
          })
        : Promise.resolve([]),
      db.product.count({ where: { orgId } }),
      db.order.count({ where: { orgId } }),
    ]);
  return {
    createdAt: org.createdAt,
    members,
    pendingInvitations,
    customRoles,
    recentActivity,
    products,
    orders,
  };
}
