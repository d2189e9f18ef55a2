"use client";

import { useState } from "react";
import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { CategoryFormDialog } from "./category-form-dialog";
import { SupplierFormDialog } from "./supplier-form-dialog";

export function NewCategoryButton({
  variant = "secondary",
}: {
  variant?: "primary" | "secondary";
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant={variant} size="sm" icon={<Plus />} onClick={() => setOpen(true)}>
        New category
      </Button>
      <CategoryFormDialog open={open} onOpenChange={setOpen} />
    </>
  );
}

export function NewSupplierButton({
  variant = "secondary",
}: {
  variant?: "primary" | "secondary";
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant={variant} size="sm" icon={<Plus />} onClick={() => setOpen(true)}>
        New supplier
      </Button>
      <SupplierFormDialog open={open} onOpenChange={setOpen} />
    </>
  );
}
