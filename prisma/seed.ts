/**
 * Demo data: an organisation with an owner and a manager (credentials in the
 * README), suggested custom roles, and a second organisation for the owner so the
 * switcher has something to show. Safe to run again: it skips what exists.
 */
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { createOrganization } from "@/lib/organizations/create-organization";
import { ROLE_TEMPLATES } from "@/lib/rbac/permissions";
import { DEMO_ACCOUNTS, DEMO_ORG_NAME, DEMO_SECOND_ORG_NAME } from "./demo-accounts";
import { seedDemoShop } from "./demo/seed-demo-shop";

const seedActor = { type: "SYSTEM", label: "Demo seed" } as const;

async function upsertUser(email: string, name: string, password: string) {
  const existing = await db.user.findUnique({ where: { email } });
  if (existing) return existing;
  return db.user.create({
    data: { email, name, passwordHash: await hashPassword(password), emailVerified: new Date() },
  });
}

async function seedOrganization(name: string, ownerId: string) {
  const existing = await db.organization.findFirst({
    where: { name, memberships: { some: { userId: ownerId } } },
  });
  if (existing) return { org: existing, created: false };
  const org = await db.$transaction((tx) =>
    createOrganization(tx, { name, ownerId, actor: seedActor }),
  );
  return { org, created: true };
}

async function main() {
  const [owner, manager] = await Promise.all([
    upsertUser(DEMO_ACCOUNTS.owner.email, DEMO_ACCOUNTS.owner.name, DEMO_ACCOUNTS.owner.password),
    upsertUser(
      DEMO_ACCOUNTS.manager.email,
      DEMO_ACCOUNTS.manager.name,
      DEMO_ACCOUNTS.manager.password,
    ),
  ]);

  const { org, created } = await seedOrganization(DEMO_ORG_NAME, owner.id);
  await db.organization.update({
    where: { id: org.id },
    data: { timezone: "Europe/London", currency: "GBP" },
  });
  if (created) {
    const managerRole = await db.role.findUniqueOrThrow({
      where: { orgId_key: { orgId: org.id, key: "manager" } },
    });
    await db.membership.create({
      data: { orgId: org.id, userId: manager.id, roles: { create: [{ roleId: managerRole.id }] } },
    });
    for (const [key, template] of Object.entries(ROLE_TEMPLATES)) {
      await db.role.create({
        data: {
          orgId: org.id,
          key: `custom-${key}`,
          name: template.name,
          permissions: template.permissions,
        },
      });
    }
  }
  await seedOrganization(DEMO_SECOND_ORG_NAME, owner.id);

  if ((await db.location.count({ where: { orgId: org.id } })) === 0) {
    const started = performance.now();
    const shop = await seedDemoShop(db, {
      orgId: org.id,
      staff: { id: manager.id, label: DEMO_ACCOUNTS.manager.name },
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Demo shop: ${shop.variants} variants, ${shop.customers} customers, ${shop.orders} orders ` +
        `(${shop.lines} lines), ${shop.movements} stock movements in ${seconds}s.`,
    );
  }

  console.log(
    created ? `Seeded demo organisation "${DEMO_ORG_NAME}".` : "Demo data already present.",
  );
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
