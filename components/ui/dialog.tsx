"use client";

import { useEffect, useId, useRef, type ComponentProps, type ReactNode } from "react";
import { X } from "lucide-react";
import { Button } from "./button";
import { cn } from "./cn";

const sizes = {
  sm: "max-w-sm",
  md: "max-w-lg",
  lg: "max-w-2xl",
  xl: "max-w-4xl",
} as const;

export interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  /** Rendered below the scrolling body. For a form, put <DialogFooter> inside the <form> instead. */
  footer?: ReactNode;
  size?: keyof typeof sizes;
  /** Set false while a save is in flight so Escape and backdrop clicks do not close the dialog. */
  dismissible?: boolean;
  className?: string;
}

/**
 * A modal built on the native <dialog>: showModal() gives focus trapping, inertness of the page
 * behind and Escape handling. Content mounts only while open, so forms start fresh every time.
 * Focus lands on the first focusable element in the body (the close button comes last in DOM).
 */
export function Dialog({
  open,
  onOpenChange,
  title,
  description,
  children,
  footer,
  size = "md",
  dismissible = true,
  className,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const pressStartedOnBackdrop = useRef(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const onClose = () => onOpenChange(false);
    const onCancel = (event: Event) => {
      if (!dismissible) event.preventDefault();
    };
    dialog.addEventListener("close", onClose);
    dialog.addEventListener("cancel", onCancel);
    return () => {
      dialog.removeEventListener("close", onClose);
      dialog.removeEventListener("cancel", onCancel);
    };
  }, [onOpenChange, dismissible]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onMouseDown={(event) => {
        pressStartedOnBackdrop.current = event.target === event.currentTarget;
      }}
      onClick={(event) => {
        // A click on the ::backdrop targets the <dialog> itself; the panel fills the box.
        if (dismissible && pressStartedOnBackdrop.current && event.target === event.currentTarget) {
          onOpenChange(false);
        }
      }}
      className={cn(
        // whitespace-normal: dialogs opened from a (no-wrap) table cell must still wrap their text.
        "m-auto w-[calc(100%-2rem)] overflow-visible rounded-xl border border-border bg-card p-0 text-left whitespace-normal text-foreground shadow-dialog",
        "open:animate-dialog-in",
        sizes[size],
        className,
      )}
    >
      {open ? (
        <div className="relative flex max-h-[calc(100dvh-2rem)] flex-col">
          <div className="px-6 pt-5 pr-14 pb-4">
            <h2 id={titleId} className="text-base leading-6 font-semibold">
              {title}
            </h2>
            {description ? (
              <p id={descriptionId} className="mt-1 text-sm text-muted-foreground">
                {description}
              </p>
            ) : null}
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto px-6 pb-6">{children}</div>
          {footer ? <DialogFooter bleed={false}>{footer}</DialogFooter> : null}
          <button
            type="button"
            aria-label="Close"
            disabled={!dismissible}
            onClick={() => onOpenChange(false)}
            className="absolute top-4 right-4 inline-flex size-8 items-center justify-center rounded-md text-muted-foreground transition-colors hover:bg-subtle hover:text-foreground disabled:opacity-50"
          >
            <X aria-hidden className="size-4" />
          </button>
        </div>
      ) : null}
    </dialog>
  );
}

/**
 * Action row at the bottom of a dialog. Inside the dialog body (e.g. within a <form>) it bleeds
 * to the panel edges; cancel goes first, the primary action last.
 */
export interface DialogFooterProps extends ComponentProps<"div"> {
  /** Pull out over the body padding; on by default for use inside the dialog body. */
  bleed?: boolean;
}

export function DialogFooter({ className, bleed = true, ...props }: DialogFooterProps) {
  return (
    <div
      className={cn(
        "flex flex-col-reverse gap-2 rounded-b-xl border-t border-border bg-muted/50 px-6 py-4 sm:flex-row sm:justify-end",
        bleed && "-mx-6 mt-6 -mb-6",
        className,
      )}
      {...props}
    />
  );
}

export interface DialogFormFooterProps {
  /** Closes the dialog without submitting. */
  onCancel: () => void;
  submitLabel: ReactNode;
  pending: boolean;
  cancelLabel?: ReactNode;
  /** For destructive submits (cancel an order, remove someone). */
  danger?: boolean;
}

/** The footer of a form in a dialog: a secondary "Cancel" and the submit button. */
export function DialogFormFooter({
  onCancel,
  submitLabel,
  pending,
  cancelLabel = "Cancel",
  danger = false,
}: DialogFormFooterProps) {
  return (
    <DialogFooter>
      <Button type="button" variant="secondary" onClick={onCancel}>
        {cancelLabel}
      </Button>
      <Button type="submit" variant={danger ? "danger" : "primary"} loading={pending}>
        {submitLabel}
      </Button>
    </DialogFooter>
  );
}
