"use client";

import { useId, type ComponentProps } from "react";
import { Archive, ArchiveRestore, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";

/** An input in a table cell: labelled for screen readers, with its error underneath. */
export function CellInput({
  label,
  error,
  prefix,
  className,
  ...props
}: ComponentProps<"input"> & { label: string; error?: string; prefix?: string }) {
  const errorId = useId();
  return (
    <div className="grid gap-1">
      <div className="relative">
        {prefix ? (
          <span className="pointer-events-none absolute top-1/2 left-2.5 -translate-y-1/2 text-sm text-muted-foreground">
            {prefix}
          </span>
        ) : null}
        <Input
          aria-label={label}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className={cn("h-8", prefix && "pl-7 text-right tabular-nums", className)}
          {...props}
        />
      </div>
      {error ? (
        <p
          id={errorId}
          role="alert"
          className="max-w-56 text-xs leading-4 font-medium whitespace-normal text-danger-foreground"
        >
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Archive or restore a saved variant; leave out a new combination. */
export function RowAction({
  name,
  saved,
  archived,
  restorable,
  canRemove,
  disabled,
  onArchive,
  onRemove,
}: {
  name: string;
  saved: boolean;
  archived: boolean;
  restorable: boolean;
  canRemove: boolean;
  disabled?: boolean;
  onArchive: (archived: boolean) => void;
  onRemove: () => void;
}) {
  const quiet = "text-muted-foreground";
  if (saved && archived) {
    return restorable ? (
      <Button
        type="button"
        variant="ghost"
        size="icon-sm"
        className={quiet}
        aria-label={`Restore ${name}`}
        title="Restore variant"
        disabled={disabled}
        onClick={() => onArchive(false)}
      >
        <ArchiveRestore aria-hidden />
      </Button>
    ) : (
      <span className="sr-only">No longer in the options</span>
    );
  }
  if (saved) {
    return (
      <Button
        type="button"
        variant="ghost"
        size="icon-sm"
        className={cn(quiet, "hover:text-danger-foreground")}
        aria-label={`Archive ${name}`}
        title="Archive variant (its history stays)"
        disabled={disabled}
        onClick={() => onArchive(true)}
      >
        <Archive aria-hidden />
      </Button>
    );
  }
  if (!canRemove) return null;
  return (
    <Button
      type="button"
      variant="ghost"
      size="icon-sm"
      className={cn(quiet, "hover:text-danger-foreground")}
      aria-label={`Leave out ${name}`}
      title="Leave out this combination"
      disabled={disabled}
      onClick={onRemove}
    >
      <X aria-hidden />
    </Button>
  );
}
