import { useId, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

export interface CheckboxGroupProps {
  legend: ReactNode;
  /** Field name, used as `data-field-error` like FormField does. */
  name: string;
  hint?: ReactNode;
  error?: string | null;
  /** Right of the legend, e.g. a "3 selected" count. */
  aside?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** A labelled set of checkboxes with FormField's hint and error conventions. */
export function CheckboxGroup({
  legend,
  name,
  hint,
  error,
  aside,
  className,
  children,
}: CheckboxGroupProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = cn(hint && hintId, error && errorId);
  return (
    <fieldset aria-describedby={describedBy || undefined} className={cn("min-w-0", className)}>
      {/* Floated so the legend sits in normal flow and the aside can share its line. */}
      <legend className="float-left w-full p-0 text-sm leading-5 font-medium">
        <span className="flex items-baseline justify-between gap-3">
          {legend}
          {aside ? (
            <span aria-hidden className="text-xs font-normal text-muted-foreground">
              {aside}
            </span>
          ) : null}
        </span>
      </legend>
      <div className="clear-both grid gap-1.5 pt-1.5">
        {hint ? (
          <p id={hintId} className="text-xs leading-4 text-muted-foreground">
            {hint}
          </p>
        ) : null}
        {error ? (
          <p
            id={errorId}
            role="alert"
            data-field-error={name}
            className="text-xs leading-4 font-medium text-danger-foreground"
          >
            {error}
          </p>
        ) : null}
        <div className="mt-0.5">{children}</div>
      </div>
    </fieldset>
  );
}
