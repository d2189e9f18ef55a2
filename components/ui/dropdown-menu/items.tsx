"use client";

import Link from "next/link";
import { type ComponentProps, type ReactNode } from "react";
import { Check } from "lucide-react";
import { cn } from "../cn";
import { useMenu } from "./context";

const itemClasses =
  "relative flex w-full cursor-default items-center gap-2 rounded-md px-2 py-1.5 text-left text-sm outline-none select-none " +
  "focus:bg-subtle aria-disabled:pointer-events-none aria-disabled:opacity-50 " +
  "[&_svg]:size-4 [&_svg]:shrink-0 [&_svg]:text-muted-foreground";

interface ItemBaseProps {
  icon?: ReactNode;
  /** Right-aligned hint, e.g. a keyboard shortcut or a count. */
  trailing?: ReactNode;
  disabled?: boolean;
  /** Styles the item as destructive (delete, remove). */
  destructive?: boolean;
  className?: string;
  children: ReactNode;
}

function focusOnHover(event: { currentTarget: HTMLElement }) {
  if (document.activeElement !== event.currentTarget) event.currentTarget.focus();
}

export interface DropdownMenuItemProps extends ItemBaseProps {
  /** Runs when the item is chosen. The menu closes afterwards unless `keepOpen` is set. */
  onSelect?: () => void;
  keepOpen?: boolean;
}

export function DropdownMenuItem({
  icon,
  trailing,
  disabled,
  destructive,
  className,
  children,
  onSelect,
  keepOpen,
}: DropdownMenuItemProps) {
  const { close } = useMenu("DropdownMenuItem");
  return (
    <button
      type="button"
      role="menuitem"
      tabIndex={-1}
      aria-disabled={disabled || undefined}
      onPointerMove={focusOnHover}
      onClick={() => {
        if (disabled) return;
        onSelect?.();
        if (!keepOpen) close(true);
      }}
      className={cn(
        itemClasses,
        destructive && "text-danger-foreground focus:bg-danger-soft [&_svg]:text-danger-foreground",
        className,
      )}
    >
      {icon}
      <span className="flex-1 truncate">{children}</span>
      {trailing ? (
        <span className="ml-auto pl-3 text-xs text-muted-foreground">{trailing}</span>
      ) : null}
    </button>
  );
}

export interface DropdownMenuLinkItemProps extends ItemBaseProps {
  href: string;
}

export function DropdownMenuLinkItem({
  href,
  icon,
  trailing,
  disabled,
  destructive,
  className,
  children,
}: DropdownMenuLinkItemProps) {
  const { close } = useMenu("DropdownMenuLinkItem");
  return (
    <Link
      href={href}
      role="menuitem"
      tabIndex={-1}
      aria-disabled={disabled || undefined}
      onPointerMove={focusOnHover}
      onClick={() => close(false)}
      onKeyDown={(event) => {
        // Links only activate on Enter natively; menu items also activate on Space.
        if (event.key === " ") {
          event.preventDefault();
          event.currentTarget.click();
        }
      }}
      className={cn(itemClasses, destructive && "text-danger-foreground", className)}
    >
      {icon}
      <span className="flex-1 truncate">{children}</span>
      {trailing ? (
        <span className="ml-auto pl-3 text-xs text-muted-foreground">{trailing}</span>
      ) : null}
    </Link>
  );
}

export interface DropdownMenuRadioItemProps extends Omit<ItemBaseProps, "destructive"> {
  checked: boolean;
  onSelect?: () => void;
  keepOpen?: boolean;
}

/** One of a set of mutually exclusive choices (theme, current organisation); shows a check. */
export function DropdownMenuRadioItem({
  checked,
  icon,
  trailing,
  disabled,
  className,
  children,
  onSelect,
  keepOpen,
}: DropdownMenuRadioItemProps) {
  const { close } = useMenu("DropdownMenuRadioItem");
  return (
    <button
      type="button"
      role="menuitemradio"
      aria-checked={checked}
      tabIndex={-1}
      aria-disabled={disabled || undefined}
      onPointerMove={focusOnHover}
      onClick={() => {
        if (disabled) return;
        onSelect?.();
        if (!keepOpen) close(true);
      }}
      className={cn(itemClasses, className)}
    >
      {icon}
      <span className="flex-1 truncate">{children}</span>
      {trailing ? <span className="pl-3 text-xs text-muted-foreground">{trailing}</span> : null}
      <Check
        aria-hidden
        className={cn(
          "ml-auto text-accent-soft-foreground!",
          checked ? "opacity-100" : "opacity-0",
        )}
      />
    </button>
  );
}

export interface DropdownMenuGroupProps {
  /** Accessible name of the group; pair it with a visible DropdownMenuLabel. */
  label?: string;
  children: ReactNode;
}

export function DropdownMenuGroup({ label, children }: DropdownMenuGroupProps) {
  return (
    <div role="group" aria-label={label}>
      {children}
    </div>
  );
}

export function DropdownMenuLabel({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      className={cn("px-2 pt-1.5 pb-1 text-xs font-medium text-muted-foreground", className)}
      {...props}
    />
  );
}

export function DropdownMenuSeparator({ className }: { className?: string }) {
  return <div role="separator" className={cn("-mx-1 my-1 h-px bg-border", className)} />;
}
