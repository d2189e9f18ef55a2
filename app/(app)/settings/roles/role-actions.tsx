"use client";

import { useState } from "react";
import { Pencil, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { DeleteRoleDialog } from "./delete-role-dialog";
import { RoleFormDialog, type EditableRole } from "./role-form-dialog";

export function RoleActions({
  role,
  isOwner,
}: {
  role: EditableRole & { memberCount: number };
  isOwner: boolean;
}) {
  const [dialog, setDialog] = useState<"edit" | "delete" | null>(null);
  const close = (open: boolean) => {
    if (!open) setDialog(null);
  };
  return (
    <div className="flex shrink-0 items-center gap-1.5">
      <Button
        variant="secondary"
        size="sm"
        icon={<Pencil />}
        aria-label={`Edit ${role.name}`}
        onClick={() => setDialog("edit")}
      >
        Edit
      </Button>
      <Button
        variant="ghost"
        size="icon-sm"
        aria-label={`Delete ${role.name}`}
        title="Delete role"
        className="text-muted-foreground hover:text-danger-foreground"
        onClick={() => setDialog("delete")}
      >
        <Trash2 aria-hidden />
      </Button>
      <RoleFormDialog open={dialog === "edit"} onOpenChange={close} role={role} isOwner={isOwner} />
      <DeleteRoleDialog open={dialog === "delete"} onOpenChange={close} role={role} />
    </div>
  );
}
