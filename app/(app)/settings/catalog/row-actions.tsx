"use client";

import { useState } from "react";
import { ArchivableRowActions } from "@/components/catalog/row-actions";
import { useRunAction } from "@/components/catalog/use-run-action";
import {
  archiveCategoryAction,
  archiveSupplierAction,
  unarchiveCategoryAction,
  unarchiveSupplierAction,
} from "./actions";
import { CategoryFormDialog } from "./category-form-dialog";
import { SupplierFormDialog, type EditableSupplier } from "./supplier-form-dialog";

export function CategoryActions({
  category,
}: {
  category: { id: string; name: string; archived: boolean };
}) {
  const [editing, setEditing] = useState(false);
  const { run, pending } = useRunAction();
  const categoryId = category.id;
  return (
    <>
      <ArchivableRowActions
        name={category.name}
        archived={category.archived}
        pending={pending}
        onEdit={() => setEditing(true)}
        onArchive={() =>
          run(() => archiveCategoryAction({ categoryId }), `${category.name} archived`)
        }
        onRestore={() =>
          run(() => unarchiveCategoryAction({ categoryId }), `${category.name} restored`)
        }
      />
      <CategoryFormDialog open={editing} onOpenChange={setEditing} category={category} />
    </>
  );
}

export function SupplierActions({
  supplier,
}: {
  supplier: EditableSupplier & { archived: boolean };
}) {
  const [editing, setEditing] = useState(false);
  const { run, pending } = useRunAction();
  const supplierId = supplier.id;
  return (
    <>
      <ArchivableRowActions
        name={supplier.name}
        archived={supplier.archived}
        pending={pending}
        onEdit={() => setEditing(true)}
        onArchive={() =>
          run(() => archiveSupplierAction({ supplierId }), `${supplier.name} archived`)
        }
        onRestore={() =>
          run(() => unarchiveSupplierAction({ supplierId }), `${supplier.name} restored`)
        }
      />
      <SupplierFormDialog open={editing} onOpenChange={setEditing} supplier={supplier} />
    </>
  );
}
