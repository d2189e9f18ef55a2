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
    <fieldset
      aria-describedby={describedBy || undefined}
      className={cn("relative min-w-0", className)}
    >
      <legend className="mb-1.5 p-0 text-sm leading-5 font-medium">{legend}</legend>
      {aside ? (
        <span className="absolute top-0 right-0 text-xs leading-5 text-muted-foreground">
          {aside}
        </span>
      ) : null}
      {hint ? (
        <p id={hintId} className="mb-1.5 text-xs leading-4 text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p
          id={errorId}
          role="alert"
          data-field-error={name}
          className="mb-1.5 text-xs leading-4 font-medium text-danger-foreground"
        >
          {error}
        </p>
      ) : null}
      <div className="mt-2">{children}</div>
    </fieldset>
  );
}
