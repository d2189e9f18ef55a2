import "server-only";
import type { Scope } from "@/lib/scope";
import { productSnapshot } from "./product-snapshot";

/**
 * Archived products leave the variant pickers of orders and stock forms but keep their variants,
 * stock and history; unarchiving brings them back as they were.
 */
export async function archiveProduct(scope: Scope, productId: string) {
  return setStatus(scope, productId, "ARCHIVED");
}

export async function unarchiveProduct(scope: Scope, productId: string) {
  return setStatus(scope, productId, "ACTIVE");
}

async function setStatus(scope: Scope, productId: string, status: "ACTIVE" | "ARCHIVED") {
  const { db, orgId } = scope;
  const before = await productSnapshot(db, orgId, productId);
  if (before.status === status) return { before, after: before };
  await db.product.update({ where: { id: before.id }, data: { status } });
  return { before, after: await productSnapshot(db, orgId, productId) };
}
