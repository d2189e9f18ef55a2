"use client";

import {
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentProps,
  type CSSProperties,
  type KeyboardEvent,
} from "react";
import { cn } from "../cn";
import { menuItems, useMenu } from "./context";

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
