import "server-only";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { createOrganization } from "@/lib/organizations/create-organization";
import { sendVerificationEmail } from "./email-verification";
import { hashPassword } from "./password";
import type { SignUpInput } from "./schemas";

/** Creates the user and their organisation (as owner) together, then asks them to verify their email. */
export async function signUp(input: SignUpInput) {
  const passwordHash = await hashPassword(input.password);
  const { user, org } = await db.$transaction(async (tx) => {
    const taken = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (taken) {
      throw new UserError("An account with this email already exists. Sign in instead.", {
        code: "conflict",
        fieldErrors: { email: ["An account with this email already exists. Sign in instead."] },
      });
    }
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, passwordHash },
    });
    const org = await createOrganization(tx, {
      name: input.organizationName,
      ownerId: user.id,
      actor: { type: "USER", id: user.id, label: input.name },
    });
    return { user, org };
  });
  await sendVerificationEmail(user.id);
  return { userId: user.id, orgId: org.id };
}
