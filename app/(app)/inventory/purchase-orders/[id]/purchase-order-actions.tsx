"use client";

import { useState, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Pencil, Send, XCircle } from "lucide-react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Dialog, DialogFooter } from "@/components/ui/dialog";
import type { PurchaseOrderStatusName } from "@/lib/inventory/list-schemas";
import { cancelPurchaseOrderAction, markPurchaseOrderOrderedAction } from "../../actions";

/** Edit, order and cancel, offered only in the states that allow them. */
export function PurchaseOrderActions({
  id,
  number,
  status,
  lineCount,
}: {
  id: string;
  number: number;
  status: PurchaseOrderStatusName;
  lineCount: number;
}) {
  const router = useRouter();
  const [ordering, startOrdering] = useTransition();
  const [cancelling, startCancelling] = useTransition();
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [cancelError, setCancelError] = useState<string | null>(null);

  const markOrdered = () =>
    startOrdering(async () => {
      const result = await markPurchaseOrderOrderedAction({ purchaseOrderId: id });
      if (result.ok) toast.success(`PO-${number} marked as ordered`);
      else toast.error(result.error);
      router.refresh();
    });

  const cancel = () =>
    startCancelling(async () => {
      const result = await cancelPurchaseOrderAction({ purchaseOrderId: id });
      if (!result.ok) {
        setCancelError(result.error);
        return;
      }
      toast.success(`PO-${number} cancelled`);
      setConfirmCancel(false);
      router.refresh();
    });

  const cancellable = status === "DRAFT" || status === "ORDERED" || status === "PARTIALLY_RECEIVED";
  return (
    <>
      {status === "DRAFT" ? (
        <>
          <Link
            href={`/inventory/purchase-orders/${id}/edit`}
            className={buttonClasses({ variant: "secondary" })}
          >
            <Pencil aria-hidden /> Edit
          </Link>
          <Button
            onClick={markOrdered}
            loading={ordering}
            disabled={lineCount === 0}
            icon={<Send aria-hidden />}
          >
            Mark as ordered
          </Button>
        </>
      ) : null}
      {cancellable ? (
        <Button
          variant="secondary"
          onClick={() => setConfirmCancel(true)}
          icon={<XCircle aria-hidden />}
        >
          Cancel order
        </Button>
      ) : null}
      <Dialog
        open={confirmCancel}
        onOpenChange={(open) => {
          setConfirmCancel(open);
          if (!open) setCancelError(null);
        }}
        dismissible={!cancelling}
        size="sm"
        title={`Cancel PO-${number}?`}
        description={
          status === "PARTIALLY_RECEIVED"
            ? "What has arrived stays in stock; the rest is no longer expected or counted as on order."
            : "It is kept for reference but can no longer be ordered or received."
        }
      >
        {cancelError ? (
          <Alert tone="danger" className="mb-4">
            {cancelError}
          </Alert>
        ) : null}
        <DialogFooter bleed={false} className="-mx-6 -mb-6">
          <Button type="button" variant="secondary" onClick={() => setConfirmCancel(false)}>
            Keep order
          </Button>
          <Button type="button" variant="danger" loading={cancelling} onClick={cancel}>
            Cancel order
          </Button>
        </DialogFooter>
      </Dialog>
    </>
  );
}
