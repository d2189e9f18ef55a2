"use client";

import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogFooter } from "@/components/ui/dialog";
import { deleteCustomerSchema } from "@/lib/customers/schemas";
import { deleteCustomerAction } from "../actions";

export interface DeleteCustomerButtonProps {
  customer: { id: string; name: string };
  /** Orders of any status; a customer with orders cannot be deleted. */
  orderCount: number;
}

export function DeleteCustomerButton({ customer, orderCount }: DeleteCustomerButtonProps) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const { onSubmit, isPending, formError, clearFormError } = useActionForm({
    schema: deleteCustomerSchema,
    action: deleteCustomerAction,
    defaultValues: { customerId: customer.id },
    successMessage: `${customer.name} deleted`,
    onSuccess: () => router.push("/customers"),
  });
  const close = (next: boolean) => {
    if (!next) clearFormError();
    setOpen(next);
  };
  const blocked = orderCount > 0;

  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        <Trash2 aria-hidden /> Delete
      </Button>
      <Dialog
        open={open}
        onOpenChange={close}
        dismissible={!isPending}
        size="sm"
        title={blocked ? `${customer.name} can't be deleted` : `Delete ${customer.name}?`}
        description={
          blocked
            ? undefined
            : "Their contact details, addresses and interaction log are removed for good."
        }
      >
        <form onSubmit={onSubmit}>
          {/* Toasts sit below the modal layer, so the server's refusal is repeated here. */}
          {formError ? (
            <Alert tone="danger" className="mb-4">
              {formError}
            </Alert>
          ) : blocked ? (
            <Alert tone="warning" className="mb-4">
              They have {orderCount === 1 ? "1 order" : `${orderCount} orders`}, which must stay in
              your records. To remove their personal details, anonymise them with an erasure instead
              (coming soon).
            </Alert>
          ) : null}
          <DialogFooter bleed={false} className="-mx-6 -mb-6">
            <Button type="button" variant="secondary" onClick={() => close(false)}>
              {blocked ? "Close" : "Cancel"}
            </Button>
            {blocked ? null : (
              <Button type="submit" variant="danger" loading={isPending}>
                Delete customer
              </Button>
            )}
          </DialogFooter>
        </form>
      </Dialog>
    </>
  );
}
