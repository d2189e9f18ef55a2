"use client";

import {
  useCallback,
  useEffect,
  useId,
  useRef,
  type ComponentProps,
  type ReactNode,
  type Ref,
} from "react";
import { Check, Minus } from "lucide-react";
import { cn } from "./cn";

export interface CheckboxProps extends Omit<ComponentProps<"input">, "type"> {
  /** The "some rows selected" state of a select-all checkbox. */
  indeterminate?: boolean;
  /** Renders the checkbox inside a <label> with this text. */
  label?: ReactNode;
  /** Secondary text under the label. */
  description?: ReactNode;
}

function assignRef<T>(ref: Ref<T> | undefined, value: T | null) {
  if (typeof ref === "function") ref(value);
  else if (ref) ref.current = value;
}

export function Checkbox({
  indeterminate = false,
  label,
  description,
  className,
  ref,
  id,
  ...props
}: CheckboxProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const inner = useRef<HTMLInputElement | null>(null);
  const descriptionId = useId();
  const setRef = useCallback(
    (el: HTMLInputElement | null) => {
      inner.current = el;
      assignRef(ref, el);
    },
    [ref],
  );

  useEffect(() => {
    if (inner.current) inner.current.indeterminate = indeterminate;
  }, [indeterminate]);

  const box = (
    <span className={cn("relative inline-flex size-4 shrink-0", className)}>
      <input
        ref={setRef}
        id={inputId}
        type="checkbox"
        {...props}
        aria-checked={indeterminate ? "mixed" : undefined}
        aria-describedby={
          cn(props["aria-describedby"], description ? descriptionId : undefined) || undefined
        }
        className={cn(
          "peer size-4 cursor-pointer appearance-none rounded-[4px] border border-border-strong bg-card shadow-xs",
          "transition-colors checked:border-accent checked:bg-accent",
          "indeterminate:border-accent indeterminate:bg-accent",
          "disabled:cursor-not-allowed disabled:opacity-50 aria-invalid:border-danger",
        )}
      />
      <Check
        aria-hidden
        strokeWidth={3}
        className="pointer-events-none absolute inset-0.5 size-3 text-accent-foreground opacity-0 peer-checked:opacity-100 peer-indeterminate:opacity-0"
      />
      <Minus
        aria-hidden
        strokeWidth={3}
        className="pointer-events-none absolute inset-0.5 size-3 text-accent-foreground opacity-0 peer-indeterminate:opacity-100"
      />
    </span>
  );

  if (!label) return box;
  return (
    <div className="flex items-start gap-2.5">
      <span className="mt-0.5 inline-flex">{box}</span>
      <div className="grid gap-0.5">
        <label htmlFor={inputId} className="cursor-pointer text-sm leading-5 font-medium">
          {label}
        </label>
        {description ? (
          <p id={descriptionId} className="text-sm leading-5 text-muted-foreground">
            {description}
          </p>
        ) : null}
      </div>
    </div>
  );
}
