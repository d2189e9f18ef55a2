"use client";

import { useState } from "react";
import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { RoleFormDialog } from "./role-form-dialog";

export function NewRoleButton({ isOwner }: { isOwner: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<Plus />} onClick={() => setOpen(true)}>
        New role
      </Button>
      <RoleFormDialog open={open} onOpenChange={setOpen} isOwner={isOwner} />
    </>
  );
}
