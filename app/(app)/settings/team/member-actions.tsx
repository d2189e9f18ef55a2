"use client";

import { useState } from "react";
import { MoreHorizontal, ShieldCheck, UserMinus } from "lucide-react";
import type { RoleOption } from "@/components/team/role-checkboxes";
import { buttonClasses } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { ChangeRolesDialog } from "./change-roles-dialog";
import { RemoveMemberDialog } from "./remove-member-dialog";

export interface MemberSummary {
  membershipId: string;
  name: string;
  roleIds: string[];
}

export interface MemberActionsProps {
  member: MemberSummary;
  roles: RoleOption[];
  isYou: boolean;
}

export function MemberActions({ member, roles, isYou }: MemberActionsProps) {
  const [dialog, setDialog] = useState<"roles" | "remove" | null>(null);
  const close = (open: boolean) => {
    if (!open) setDialog(null);
  };
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger
          aria-label={`Actions for ${member.name}`}
          className={buttonClasses({ variant: "ghost", size: "icon-sm" })}
        >
          <MoreHorizontal aria-hidden />
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          <DropdownMenuItem icon={<ShieldCheck />} onSelect={() => setDialog("roles")}>
            Change roles
          </DropdownMenuItem>
          {isYou ? null : (
            <>
              <DropdownMenuSeparator />
              <DropdownMenuItem
                icon={<UserMinus />}
                destructive
                onSelect={() => setDialog("remove")}
              >
                Remove from team
              </DropdownMenuItem>
            </>
          )}
        </DropdownMenuContent>
      </DropdownMenu>
      <ChangeRolesDialog
        open={dialog === "roles"}
        onOpenChange={close}
        member={member}
        roles={roles}
        isYou={isYou}
      />
      {isYou ? null : (
        <RemoveMemberDialog open={dialog === "remove"} onOpenChange={close} member={member} />
      )}
    </>
  );
}
