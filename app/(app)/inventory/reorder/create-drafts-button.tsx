"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { FilePlus2 } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { ReorderFilters } from "@/lib/inventory/list-schemas";
import { createPurchaseOrdersFromSuggestionsAction } from "../actions";

/** Drafts one purchase order per supplier and location from the suggestions in view. */
export function CreateDraftsButton({
  filters,
  supplierCount,
}: {
  filters: ReorderFilters;
  supplierCount: number;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const create = () =>
    startTransition(async () => {
      const result = await createPurchaseOrdersFromSuggestionsAction(filters);
      if (!result.ok) {
        toast.error(result.error);
        return;
      }
      const orders = result.data;
      if (orders.length === 0) {
        toast.info("Every suggestion is already on a draft purchase order.");
        return;
      }
      const numbers = orders.map((o) => `PO-${o.number}`).join(", ");
      toast.success(
        orders.length === 1
          ? `Draft ${numbers} is ready to review`
          : `Drafts ${numbers} are ready to review`,
      );
      router.push(
        orders.length === 1
          ? `/inventory/purchase-orders/${orders[0]!.id}`
          : "/inventory/purchase-orders?status=DRAFT",
      );
    });
  return (
    <Button onClick={create} loading={pending} icon={<FilePlus2 aria-hidden />}>
      Create draft purchase orders
      <span className="sr-only"> for {supplierCount} suppliers</span>
    </Button>
  );
}
