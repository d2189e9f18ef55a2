"use client";

import Link from "next/link";
import {
  createContext,
  use,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentProps,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from "react";
import { Check } from "lucide-react";
import { cn } from "./cn";

/*
 * A menu button following the WAI-ARIA APG pattern: the trigger opens a role="menu"; arrow keys,
 * Home/End and type-ahead move between items; Escape closes and returns focus to the trigger;
 * clicking outside or tabbing away closes. The menu is position: fixed so that scroll containers
 * (tables, the sidebar) never clip it.
 */

type FocusTarget = "first" | "last" | "menu";

interface MenuContextValue {
  open: boolean;
  setOpen: (open: boolean, focus?: FocusTarget) => void;
  close: (restoreFocus: boolean) => void;
  focusTarget: RefObject<FocusTarget>;
  triggerRef: RefObject<HTMLButtonElement | null>;
  contentRef: RefObject<HTMLDivElement | null>;
  triggerId: string;
  contentId: string;
}

const MenuContext = createContext<MenuContextValue | null>(null);

function useMenu(component: string): MenuContextValue {
  const ctx = use(MenuContext);
  if (!ctx) throw new Error(`<${component}> must be used inside <DropdownMenu>.`);
  return ctx;
}

const ITEM_SELECTOR = '[role^="menuitem"]:not([aria-disabled="true"])';

function menuItems(content: HTMLElement | null): HTMLElement[] {
  return content ? Array.from(content.querySelectorAll<HTMLElement>(ITEM_SELECTOR)) : [];
}

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

export interface DropdownMenuContentProps extends Omit<ComponentProps<"div">, "role"> {
  /** Horizontal alignment with the trigger; "stretch" matches the trigger's width. */
  align?: "start" | "end" | "stretch";
  /** Preferred side; flips when there is no room. */
  side?: "bottom" | "top";
}

const GAP = 6;
const VIEWPORT_MARGIN = 8;

export function DropdownMenuContent({
  align = "start",
  side = "bottom",
  className,
  style,
  children,
  ...props
}: DropdownMenuContentProps) {
  const { open, close, focusTarget, triggerRef, contentRef, triggerId, contentId } =
    useMenu("DropdownMenuContent");
  // Transparent until measured (not visibility: hidden, which would make items unfocusable).
  const [position, setPosition] = useState<CSSProperties>({ top: 0, left: 0, opacity: 0 });
  const typeahead = useRef({ text: "", at: 0 });

  const place = useCallback(() => {
    const trigger = triggerRef.current;
    const content = contentRef.current;
    if (!trigger || !content) return;
    const t = trigger.getBoundingClientRect();
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const width = align === "stretch" ? t.width : content.offsetWidth;
    const height = content.offsetHeight;

    const below = t.bottom + GAP;
    const above = t.top - GAP - height;
    const fitsBelow = below + height <= vh - VIEWPORT_MARGIN;
    const fitsAbove = above >= VIEWPORT_MARGIN;
    const top =
      side === "bottom"
        ? fitsBelow || !fitsAbove
          ? below
          : above
        : fitsAbove || !fitsBelow
          ? above
          : below;

    let left = align === "end" ? t.right - width : t.left;
    left = Math.min(Math.max(left, VIEWPORT_MARGIN), vw - width - VIEWPORT_MARGIN);

    setPosition({
      top: Math.max(top, VIEWPORT_MARGIN),
      left,
      width: align === "stretch" ? width : undefined,
      maxHeight: vh - 2 * VIEWPORT_MARGIN,
    });
  }, [align, side, triggerRef, contentRef]);

  useLayoutEffect(() => {
    if (!open) return;
    place();
    const target = focusTarget.current;
    const items = menuItems(contentRef.current);
    if (target === "first") items[0]?.focus();
    else if (target === "last") items.at(-1)?.focus();
    else contentRef.current?.focus();

    window.addEventListener("resize", place);
    window.addEventListener("scroll", place, true);
    return () => {
      window.removeEventListener("resize", place);
      window.removeEventListener("scroll", place, true);
    };
  }, [open, place, focusTarget, contentRef]);

  if (!open) return null;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = menuItems(contentRef.current);
    const index = items.indexOf(document.activeElement as HTMLElement);
    const focusAt = (i: number) => items[(i + items.length) % items.length]?.focus();

    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        focusAt(index + 1);
        return;
      case "ArrowUp":
        event.preventDefault();
        focusAt(index === -1 ? -1 : index - 1);
        return;
      case "Home":
        event.preventDefault();
        focusAt(0);
        return;
      case "End":
        event.preventDefault();
        focusAt(-1);
        return;
      case "Escape":
        // Also stops an enclosing <dialog> from closing on the same key press.
        event.preventDefault();
        event.stopPropagation();
        close(true);
        return;
      case "Tab":
        close(false);
        return;
    }

    if (
      event.key.length === 1 &&
      /\S/.test(event.key) &&
      !event.ctrlKey &&
      !event.metaKey &&
      !event.altKey
    ) {
      const now = Date.now();
      const state = typeahead.current;
      state.text = (now - state.at > 600 ? "" : state.text) + event.key.toLowerCase();
      state.at = now;
      const start = index + (state.text.length === 1 ? 1 : 0);
      const ordered = [...items.slice(start), ...items.slice(0, start)];
      ordered.find((el) => el.textContent?.trim().toLowerCase().startsWith(state.text))?.focus();
    }
  };

  return (
    <div
      ref={contentRef}
      id={contentId}
      role="menu"
      aria-labelledby={triggerId}
      aria-orientation="vertical"
      tabIndex={-1}
      data-state="open"
      {...props}
      style={{ ...position, ...style }}
      onKeyDown={onKeyDown}
      // Keep focus on the hovered item while clicking, so blur never closes the menu mid-click.
      onMouseDown={(event) => event.preventDefault()}
      className={cn(
        "fixed z-50 min-w-48 overflow-y-auto rounded-lg border border-border bg-popover p-1 text-foreground shadow-popover outline-none",
        "animate-pop-in",
        className,
      )}
    >
      {children}
    </div>
  );
}

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
