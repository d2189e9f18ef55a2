import type { ComponentProps } from "react";
import { cn } from "./cn";

export interface TableProps extends ComponentProps<"table"> {
  /** Classes for the scroll container. */
  containerClassName?: string;
}

/** Wraps the table in a horizontal scroller so wide tables never break the page on mobile. */
export function Table({ className, containerClassName, ...props }: TableProps) {
  return (
    <div className={cn("relative w-full overflow-x-auto", containerClassName)}>
      <table
        className={cn("w-full caption-bottom border-collapse text-sm", className)}
        {...props}
      />
    </div>
  );
}

export function THead({ className, ...props }: ComponentProps<"thead">) {
  return <thead className={cn("border-b border-border bg-muted/60", className)} {...props} />;
}

export function TBody({ className, ...props }: ComponentProps<"tbody">) {
  return <tbody className={cn("[&_tr:last-child]:border-0", className)} {...props} />;
}

export function TR({ className, ...props }: ComponentProps<"tr">) {
  return (
    <tr
      className={cn(
        "border-b border-border transition-colors hover:bg-muted/50 aria-selected:bg-accent-soft/60 data-[state=selected]:bg-accent-soft/60",
        className,
      )}
      {...props}
    />
  );
}

interface CellAlign {
  /** Right-aligns with tabular figures, for quantities and money. */
  numeric?: boolean;
}

interface CellWrap {
  /**
   * Cells do not wrap by default (narrow screens scroll the table sideways instead of breaking
   * SKUs and names over several lines); set for long free text such as notes.
   */
  wrap?: boolean;
}

export function TH({
  className,
  numeric,
  scope = "col",
  ...props
}: ComponentProps<"th"> & CellAlign) {
  return (
    <th
      scope={scope}
      className={cn(
        "h-10 px-4 text-xs font-medium whitespace-nowrap text-muted-foreground first:pl-5 last:pr-5",
        numeric ? "text-right" : "text-left",
        className,
      )}
      {...props}
    />
  );
}

export function TD({
  className,
  numeric,
  wrap = false,
  ...props
}: ComponentProps<"td"> & CellAlign & CellWrap) {
  return (
    <td
      className={cn(
        "px-4 py-3 align-middle first:pl-5 last:pr-5",
        wrap ? "min-w-48" : "whitespace-nowrap",
        numeric && "text-right tabular-nums",
        className,
      )}
      {...props}
    />
  );
}

export function TableCaption({ className, ...props }: ComponentProps<"caption">) {
  return (
    <caption
      className={cn("mt-3 px-5 pb-1 text-left text-xs text-muted-foreground", className)}
      {...props}
    />
  );
}
