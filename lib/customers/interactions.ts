import "server-only";
import { notFound } from "@/lib/errors";
import type { Scope } from "@/lib/scope";
import type { InteractionInput } from "./schemas";

/** Records a call, email, chat or visit on a customer's timeline, signed by the actor. */
export async function logInteraction(
  { db, orgId, actor }: Scope,
  customerId: string,
  input: InteractionInput,
) {
  const customer = await db.customer.findFirst({
    where: { id: customerId, orgId },
    select: { id: true },
  });
  if (!customer) throw notFound("Customer");
  return db.customerInteraction.create({
    data: {
      orgId,
      customerId: customer.id,
      channel: input.channel,
      summary: input.summary,
      occurredAt: input.occurredAt,
      actorId: actor.id ?? null,
      actorLabel: actor.label,
    },
  });
}
