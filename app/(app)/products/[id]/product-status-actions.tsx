"use client";

import { useState, useTransition } from "react";
import { Archive, ArchiveRestore } from "lucide-react";
import { toast } from "sonner";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogFooter } from "@/components/ui/dialog";
import { productIdSchema } from "@/lib/catalog/schemas";
import { archiveProductAction, unarchiveProductAction } from "../actions";

export function ProductStatusActions({
  product,
}: {
  product: { id: string; name: string; archived: boolean };
}) {
  const [open, setOpen] = useState(false);
  const [restoring, startRestore] = useTransition();

  if (product.archived) {
    const restore = () =>
      startRestore(async () => {
        const result = await unarchiveProductAction({ productId: product.id });
        if (result.ok) toast.success(`“${product.name}” is active again`);
        else toast.error(result.error);
      });
    return (
      <Button variant="secondary" icon={<ArchiveRestore />} loading={restoring} onClick={restore}>
        Restore
      </Button>
    );
  }
  return (
    <>
      <Button variant="secondary" icon={<Archive />} onClick={() => setOpen(true)}>
        Archive
      </Button>
      <ArchiveDialog open={open} onOpenChange={setOpen} product={product} />
    </>
  );
}

function ArchiveDialog({
  open,
  onOpenChange,
  product,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  product: { id: string; name: string };
}) {
  const { onSubmit, isPending, formError, clearFormError } = useActionForm({
    schema: productIdSchema,
    action: archiveProductAction,
    defaultValues: { productId: product.id },
    successMessage: `“${product.name}” archived`,
    onSuccess: () => onOpenChange(false),
  });
  const setOpen = (next: boolean) => {
    if (!next) clearFormError();
    onOpenChange(next);
  };
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      dismissible={!isPending}
      size="sm"
      title={`Archive ${product.name}?`}
      description="It leaves order and stock forms, but keeps its variants, stock and history. You can restore it at any time."
    >
      <form onSubmit={onSubmit}>
        {formError ? (
          <Alert tone="danger" className="mb-4">
            {formError}
          </Alert>
        ) : null}
        <DialogFooter bleed={false} className="-mx-6 -mb-6">
          <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
            Cancel
          </Button>
          <Button type="submit" loading={isPending}>
            Archive product
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
