"use client";

import { Archive, ArchiveRestore, MoreHorizontal, Pencil } from "lucide-react";
import { buttonClasses } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { Spinner } from "@/components/ui/spinner";

/** The row menu of a settings table: edit, and archive or restore. */
export function ArchivableRowActions({
  name,
  archived,
  pending,
  onEdit,
  onArchive,
  onRestore,
}: {
  name: string;
  archived: boolean;
  pending?: boolean;
  onEdit: () => void;
  onArchive: () => void;
  onRestore: () => void;
}) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        aria-label={`Actions for ${name}`}
        aria-busy={pending || undefined}
        className={buttonClasses({ variant: "ghost", size: "icon-sm" })}
      >
        {pending ? <Spinner size="sm" /> : <MoreHorizontal aria-hidden />}
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuItem icon={<Pencil />} onSelect={onEdit}>
          Edit
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        {archived ? (
          <DropdownMenuItem icon={<ArchiveRestore />} onSelect={onRestore}>
            Restore
          </DropdownMenuItem>
        ) : (
          <DropdownMenuItem icon={<Archive />} destructive onSelect={onArchive}>
            Archive
          </DropdownMenuItem>
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
