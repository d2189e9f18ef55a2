"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { usePathname } from "next/navigation";
import { Menu, X } from "lucide-react";
import { cn } from "@/components/ui/cn";

export interface MobileNavProps {
  /** The drawer content, normally the same sidebar the desktop layout shows. */
  children: ReactNode;
  className?: string;
}

/** A hamburger button and a left drawer (a modal <dialog>) for screens below `lg`. */
export function MobileNav({ children, className }: MobileNavProps) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDialogElement>(null);
  const pathname = usePathname();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  // Navigating closes the drawer (adjusting state during render, as React recommends).
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }

  // Past the breakpoint the drawer would cover the desktop sidebar; close it.
  useEffect(() => {
    const media = window.matchMedia("(min-width: 64rem)");
    const onChange = () => media.matches && setOpen(false);
    media.addEventListener("change", onChange);
    return () => media.removeEventListener("change", onChange);
  }, []);

  return (
    <>
      <button
        type="button"
        aria-label="Open navigation"
        aria-expanded={open}
        onClick={() => setOpen(true)}
        className={cn(
          "inline-flex size-9 items-center justify-center rounded-md text-muted-foreground transition-colors hover:bg-subtle hover:text-foreground lg:hidden",
          className,
        )}
      >
        <Menu aria-hidden className="size-5" />
      </button>
      <dialog
        ref={ref}
        aria-label="Navigation"
        onClose={() => setOpen(false)}
        onClick={(event) => {
          if (event.target === event.currentTarget) setOpen(false);
          // Following a link to the page already shown does not change the pathname.
          else if ((event.target as HTMLElement).closest("a[href]")) setOpen(false);
        }}
        className="m-0 h-dvh max-h-dvh w-72 max-w-[85vw] border-r border-border bg-background p-0 text-foreground shadow-dialog open:animate-drawer-in lg:hidden"
      >
        <div className="relative flex h-full flex-col">
          {open ? children : null}
          <button
            type="button"
            aria-label="Close navigation"
            onClick={() => setOpen(false)}
            className="absolute top-3 right-3 inline-flex size-8 items-center justify-center rounded-md text-muted-foreground transition-colors hover:bg-subtle hover:text-foreground"
          >
            <X aria-hidden className="size-4" />
          </button>
        </div>
      </dialog>
    </>
  );
}
