import type { ComponentProps } from "react";
import { cn } from "./cn";

export interface LabelProps extends ComponentProps<"label"> {
  /** Shows a required marker; the control itself should carry `required` / `aria-required`. */
  required?: boolean;
}

export function Label({ className, required, children, ...props }: LabelProps) {
  return (
    <label
      className={cn(
        "inline-flex items-center gap-1 text-sm leading-5 font-medium text-foreground",
        className,
      )}
      {...props}
    >
      {children}
      {required ? (
        <span aria-hidden className="text-danger">
          *
        </span>
      ) : null}
    </label>
  );
}
