"use client";

import { createContext, use, type RefObject } from "react";

export type FocusTarget = "first" | "last" | "menu";

export interface MenuContextValue {
  open: boolean;
  setOpen: (open: boolean, focus?: FocusTarget) => void;
  close: (restoreFocus: boolean) => void;
  focusTarget: RefObject<FocusTarget>;
  triggerRef: RefObject<HTMLButtonElement | null>;
  contentRef: RefObject<HTMLDivElement | null>;
  triggerId: string;
  contentId: string;
}

export const MenuContext = createContext<MenuContextValue | null>(null);

export function useMenu(component: string): MenuContextValue {
  const ctx = use(MenuContext);
  if (!ctx) throw new Error(`<${component}> must be used inside <DropdownMenu>.`);
  return ctx;
}

export const ITEM_SELECTOR = '[role^="menuitem"]:not([aria-disabled="true"])';

export function menuItems(content: HTMLElement | null): HTMLElement[] {
  return content ? Array.from(content.querySelectorAll<HTMLElement>(ITEM_SELECTOR)) : [];
}
