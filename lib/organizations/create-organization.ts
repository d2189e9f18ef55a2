import "server-only";
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { BUILT_IN_ROLES } from "@/lib/rbac/permissions";

function slugify(name: string) {
  const base = name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return `${base || "shop"}-${randomBytes(3).toString("hex")}`;
}

/**
 * Creates an organisation with its built-in roles and makes `ownerId` its owner.
 * Pass a transaction client: the organisation is useless without its owner.
 */
export async function createOrganization(
  db: Db,
  { name, ownerId, actor }: { name: string; ownerId: string; actor: Actor },
) {
  const org = await db.organization.create({ data: { name, slug: slugify(name) } });
  const roles = await db.role.createManyAndReturn({
    data: Object.entries(BUILT_IN_ROLES).map(([key, role]) => ({
      orgId: org.id,
      key,
      name: role.name,
      description: role.description,
      builtIn: true,
    })),
  });
  const owner = roles.find((r) => r.key === "owner")!;
  await db.membership.create({
    data: { orgId: org.id, userId: ownerId, roles: { create: [{ roleId: owner.id }] } },
  });
  await recordAudit(
    db,
    { orgId: org.id, actor },
    {
      action: "organization.create",
      entityType: "Organization",
      entityId: org.id,
      after: { name: org.name, slug: org.slug },
    },
  );
  return org;
}
