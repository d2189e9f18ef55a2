"use client";

import Link from "next/link";
import { useState } from "react";
import {
  Ban,
  CheckCheck,
  CircleDollarSign,
  Pencil,
  Send,
  ShoppingCart,
  Undo2,
  Wallet,
} from "lucide-react";
import { Button, buttonClasses } from "@/components/ui/button";
import type { OrderAction, OrderStatus } from "@/lib/orders/state-machine";
import { markDeliveredAction, placeOrderAction } from "../actions";
import { CancelDialog } from "./cancel-dialog";
import { FulfilDialog } from "./fulfil-dialog";
import { PayDialog } from "./pay-dialog";
import { RefundDialog } from "./refund-dialog";
import { ReturnDialog } from "./return-dialog";
import { SimpleActionButton } from "./simple-action-button";

export type OrderForActions = {
  id: string;
  number: number;
  status: OrderStatus;
  currency: string;
  totalMinor: number;
  refundedMinor: number;
  refundableMinor: number;
  locationName: string;
  lines: { id: string; label: string; quantity: number; returnedQty: number }[];
};

type Dialog = "pay" | "fulfil" | "cancel" | "return" | "refund" | null;

/**
 * The buttons of an order page: only the transitions the order allows right now, and only
 * those the member may perform (the server checks both again). The likely next step is primary.
 */
export function OrderActions({
  order,
  actions,
  canRefund,
}: {
  order: OrderForActions;
  actions: OrderAction[];
  canRefund: boolean;
}) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const has = (action: OrderAction) => actions.includes(action);
  const close = (open: boolean) => {
    if (!open) setDialog(null);
  };
  const next: OrderAction | undefined = ["place", "pay", "fulfil", "deliver"].find((a) =>
    has(a as OrderAction),
  ) as OrderAction | undefined;
  const variant = (action: OrderAction) => (action === next ? "primary" : "secondary");

  return (
    <>
      {has("cancel") ? (
        <Button variant="ghost" icon={<Ban />} onClick={() => setDialog("cancel")}>
          Cancel order
        </Button>
      ) : null}
      {has("edit") ? (
        <Link href={`/orders/${order.id}/edit`} className={buttonClasses({ variant: "secondary" })}>
          <Pencil aria-hidden /> Edit draft
        </Link>
      ) : null}
      {has("return") ? (
        <Button variant="secondary" icon={<Undo2 />} onClick={() => setDialog("return")}>
          Record return
        </Button>
      ) : null}
      {has("refund") ? (
        <Button variant="secondary" icon={<CircleDollarSign />} onClick={() => setDialog("refund")}>
          Refund
        </Button>
      ) : null}
      {has("pay") ? (
        <Button variant={variant("pay")} icon={<Wallet />} onClick={() => setDialog("pay")}>
          Mark paid
        </Button>
      ) : null}
      {has("fulfil") ? (
        <Button variant={variant("fulfil")} icon={<Send />} onClick={() => setDialog("fulfil")}>
          Fulfil
        </Button>
      ) : null}
      {has("deliver") ? (
        <SimpleActionButton
          variant={variant("deliver")}
          icon={<CheckCheck />}
          run={() => markDeliveredAction({ orderId: order.id })}
          success={`Order #${order.number} marked delivered`}
        >
          Mark delivered
        </SimpleActionButton>
      ) : null}
      {has("place") ? (
        <SimpleActionButton
          variant={variant("place")}
          icon={<ShoppingCart />}
          run={() => placeOrderAction({ orderId: order.id })}
          success={`Order #${order.number} placed`}
        >
          Place order
        </SimpleActionButton>
      ) : null}
      {/* Mounted only while open, so each opens with the order as it is now. */}
      {dialog === "pay" ? <PayDialog order={order} open onOpenChange={close} /> : null}
      {dialog === "fulfil" ? <FulfilDialog order={order} open onOpenChange={close} /> : null}
      {dialog === "cancel" ? (
        <CancelDialog order={order} open onOpenChange={close} canRefund={canRefund} />
      ) : null}
      {dialog === "return" ? <ReturnDialog order={order} open onOpenChange={close} /> : null}
      {dialog === "refund" ? <RefundDialog order={order} open onOpenChange={close} /> : null}
    </>
  );
}
