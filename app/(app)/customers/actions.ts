"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { createCustomer, deleteCustomer, updateCustomer } from "@/lib/customers/customers";
import { logInteraction } from "@/lib/customers/interactions";
import { assertPermission } from "@/lib/rbac/assert-permission";
import {
  customerInputSchema,
  deleteCustomerSchema,
  logInteractionSchema,
  updateCustomerSchema,
} from "@/lib/customers/schemas";

const entityType = "Customer";

export const createCustomerAction = defineAction({
  permission: "customers.manage",
  input: customerInputSchema,
  audit: { entityType, action: "customer.create" },
  handler: async (input, ctx) => {
    const customer = await createCustomer(ctx, input);
    ctx.audit({ entityId: customer.id, after: customer });
    revalidatePath("/customers");
    return { id: customer.id };
  },
});

export const updateCustomerAction = defineAction({
  permission: "customers.manage",
  input: updateCustomerSchema,
  audit: { entityType, action: "customer.update" },
  handler: async ({ customerId, ...input }, ctx) => {
    const { before, after } = await updateCustomer(ctx, customerId, input);
    ctx.audit({ entityId: customerId, before, after });
    revalidatePath("/customers");
    revalidatePath(`/customers/${customerId}`);
    return { id: customerId };
  },
});

/** Erasing a customer takes their personal data with it: a privacy decision. */
export const deleteCustomerAction = defineAction({
  permission: "customers.privacy",
  input: deleteCustomerSchema,
  audit: { entityType, action: "customer.delete" },
  handler: async ({ customerId }, ctx) => {
    assertPermission(ctx.permissions, "customers.manage");
    const before = await deleteCustomer(ctx, customerId);
    ctx.audit({ entityId: customerId, before });
    revalidatePath("/customers");
  },
});

export const logInteractionAction = defineAction({
  permission: "customers.manage",
  input: logInteractionSchema,
  audit: { entityType, action: "customer.log_interaction" },
  handler: async ({ customerId, ...input }, ctx) => {
    const interaction = await logInteraction(ctx, customerId, input);
    ctx.audit({ entityId: customerId, after: interaction });
    revalidatePath(`/customers/${customerId}`);
    return { id: interaction.id };
  },
});
