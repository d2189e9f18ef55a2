"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { UserError } from "@/lib/errors";
import { ACTIVE_ORG_COOKIE } from "@/lib/organizations/active-organization";
import { createOrganization } from "@/lib/organizations/create-organization";
import { createOrganizationSchema, switchOrganizationSchema } from "@/lib/organizations/schemas";

async function rememberActiveOrg(orgId: string) {
  (await cookies()).set(ACTIVE_ORG_COOKIE, orgId, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production" && process.env.APP_URL?.startsWith("https:"),
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
  });
}

export const switchOrganizationAction = defineAction({
  permission: "authenticated",
  input: switchOrganizationSchema,
  audit: false,
  handler: async ({ orgId }, { db, user }) => {
    const membership = await db.membership.findUnique({
      where: { orgId_userId: { orgId, userId: user.id } },
    });
    if (!membership)
      throw new UserError("You are not a member of that organisation.", { code: "forbidden" });
    await rememberActiveOrg(orgId);
    revalidatePath("/", "layout");
  },
});

export const createOrganizationAction = defineAction({
  permission: "authenticated",
  input: createOrganizationSchema,
  audit: false, // createOrganization writes the organisation's first audit entry itself
  handler: async ({ name }, { db, user }) => {
    const org = await db.$transaction((tx) =>
      createOrganization(tx, {
        name,
        ownerId: user.id,
        actor: { type: "USER", id: user.id, label: user.name ?? user.email },
      }),
    );
    await rememberActiveOrg(org.id);
    revalidatePath("/", "layout");
    return { orgId: org.id };
  },
});
