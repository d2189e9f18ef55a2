"use client";

import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type ComponentProps,
  type ReactNode,
} from "react";
import { cn } from "../cn";
import { MenuContext, useMenu, type FocusTarget } from "./context";

/*
 * A menu button following the WAI-ARIA APG pattern: the trigger opens a role="menu"; arrow keys,
 * Home/End and type-ahead move between items; Escape closes and returns focus to the trigger;
 * clicking outside or tabbing away closes. The menu is position: fixed so that scroll containers
 * (tables, the sidebar) never clip it.
 */

export interface DropdownMenuProps {
  children: ReactNode;
  /** Controlled open state; leave both unset for an uncontrolled menu. */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** Classes for the wrapper, e.g. "w-full" for a full-width trigger. */
  className?: string;
}

export function DropdownMenu({
  children,
  open: openProp,
  onOpenChange,
  className,
}: DropdownMenuProps) {
  const [uncontrolledOpen, setUncontrolledOpen] = useState(false);
  const open = openProp ?? uncontrolledOpen;
  const wrapperRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const focusTarget = useRef<FocusTarget>("menu");
  const id = useId();

  const setOpen = useCallback(
    (next: boolean, focus: FocusTarget = "menu") => {
      focusTarget.current = focus;
      if (openProp === undefined) setUncontrolledOpen(next);
      onOpenChange?.(next);
    },
    [openProp, onOpenChange],
  );

  const close = useCallback(
    (restoreFocus: boolean) => {
      setOpen(false);
      if (restoreFocus) triggerRef.current?.focus();
    },
    [setOpen],
  );

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapperRef.current?.contains(event.target as Node)) close(false);
    };
    document.addEventListener("pointerdown", onPointerDown, true);
    return () => document.removeEventListener("pointerdown", onPointerDown, true);
  }, [open, close]);

  return (
    <MenuContext
      value={{
        open,
        setOpen,
        close,
        focusTarget,
        triggerRef,
        contentRef,
        triggerId: `${id}-trigger`,
        contentId: `${id}-menu`,
      }}
    >
      <div
        ref={wrapperRef}
        className={cn("relative inline-flex", className)}
        onBlur={(event) => {
          const next = event.relatedTarget as Node | null;
          if (open && next && !wrapperRef.current?.contains(next)) close(false);
        }}
      >
        {children}
      </div>
    </MenuContext>
  );
}

export type DropdownMenuTriggerProps = Omit<ComponentProps<"button">, "type">;

/** The button that opens the menu. Style it with buttonClasses() or your own classes. */
export function DropdownMenuTrigger({ onClick, onKeyDown, ...props }: DropdownMenuTriggerProps) {
  const { open, setOpen, triggerRef, triggerId, contentId } = useMenu("DropdownMenuTrigger");
  return (
    <button
      ref={triggerRef}
      id={triggerId}
      type="button"
      aria-haspopup="menu"
      aria-expanded={open}
      aria-controls={open ? contentId : undefined}
      data-state={open ? "open" : "closed"}
      {...props}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented) return;
        // detail === 0 means the click came from Enter/Space: land on the first item.
        setOpen(!open, event.detail === 0 ? "first" : "menu");
      }}
      onKeyDown={(event) => {
        onKeyDown?.(event);
        if (event.key === "ArrowDown" || event.key === "ArrowUp") {
          event.preventDefault();
          setOpen(true, event.key === "ArrowDown" ? "first" : "last");
        }
      }}
    />
  );
}
