import type { ComponentProps } from "react";
import { ChevronDown } from "lucide-react";
import { cn } from "./cn";
import { controlClasses } from "./input";

export interface SelectProps extends ComponentProps<"select"> {
  /** Classes for the wrapper (width, margin); `className` goes on the <select> itself. */
  wrapperClassName?: string;
}

/** A styled native <select>: keyboard, mobile pickers and form posts work for free. */
export function Select({ className, wrapperClassName, children, ...props }: SelectProps) {
  return (
    <div className={cn("relative w-full", wrapperClassName)}>
      <select
        className={cn(
          controlClasses,
          "h-9 cursor-pointer appearance-none py-1.5 pr-9 pl-3",
          className,
        )}
        {...props}
      >
        {children}
      </select>
      <ChevronDown
        aria-hidden
        className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-muted-foreground"
      />
    </div>
  );
}
