import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";
import { Spinner } from "./spinner";

export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger" | "link";
export type ButtonSize = "sm" | "md" | "lg" | "icon" | "icon-sm";

const base =
  "inline-flex shrink-0 items-center justify-center gap-2 whitespace-nowrap font-medium select-none " +
  "transition-colors disabled:pointer-events-none disabled:not-aria-busy:opacity-50 " +
  "aria-busy:cursor-progress aria-busy:opacity-85 aria-disabled:pointer-events-none " +
  "aria-disabled:opacity-50 [&_svg]:pointer-events-none [&_svg]:shrink-0";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-accent text-accent-foreground shadow-xs hover:bg-accent-hover",
  secondary: "border border-border-strong bg-card text-foreground shadow-xs hover:bg-muted",
  ghost: "text-foreground hover:bg-subtle",
  danger: "bg-danger text-white shadow-xs hover:bg-danger-hover",
  link: "text-accent-soft-foreground underline-offset-4 hover:underline",
};

const sizes: Record<ButtonSize, string> = {
  sm: "h-8 rounded-md px-3 text-xs [&_svg:not([class*='size-'])]:size-3.5",
  md: "h-9 rounded-md px-3.5 text-sm [&_svg:not([class*='size-'])]:size-4",
  lg: "h-10 rounded-lg px-5 text-sm [&_svg:not([class*='size-'])]:size-4",
  icon: "size-9 rounded-md [&_svg:not([class*='size-'])]:size-4",
  "icon-sm": "size-8 rounded-md [&_svg:not([class*='size-'])]:size-4",
};

export interface ButtonClassOptions {
  variant?: ButtonVariant;
  size?: ButtonSize;
  className?: string;
}

/** Button styling for elements that are not <button>, e.g. `<Link className={buttonClasses()}>`. */
export function buttonClasses({
  variant = "primary",
  size = "md",
  className,
}: ButtonClassOptions = {}): string {
  // Links size to their text, not to a control height.
  const sizing = variant === "link" ? "h-auto p-0 text-sm" : sizes[size];
  return cn(base, variants[variant], sizing, className);
}

export interface ButtonProps extends ComponentProps<"button"> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Disables the button, sets aria-busy and swaps the leading icon for a spinner. */
  loading?: boolean;
  /** Icon shown before the label (hidden while loading). */
  icon?: ReactNode;
}

/** `type` is not defaulted: inside a <form> a Button submits, as a native button does. */
export function Button({
  variant,
  size,
  loading = false,
  icon,
  disabled,
  className,
  children,
  ...props
}: ButtonProps) {
  return (
    <button
      {...props}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      className={buttonClasses({ variant, size, className })}
    >
      {loading ? <Spinner size={size === "sm" ? "sm" : "md"} /> : icon}
      {children}
    </button>
  );
}
