import type { ComponentProps } from "react";
import { cn } from "./cn";

export type BadgeTone = "neutral" | "success" | "warning" | "danger" | "info" | "accent";

const tones: Record<BadgeTone, { badge: string; dot: string }> = {
  neutral: {
    badge: "bg-muted text-muted-foreground ring-border-strong",
    dot: "bg-muted-foreground",
  },
  success: { badge: "bg-success-soft text-success-foreground ring-success/25", dot: "bg-success" },
  warning: { badge: "bg-warning-soft text-warning-foreground ring-warning/30", dot: "bg-warning" },
  danger: { badge: "bg-danger-soft text-danger-foreground ring-danger/25", dot: "bg-danger" },
  info: { badge: "bg-info-soft text-info-foreground ring-info/25", dot: "bg-info" },
  accent: { badge: "bg-accent-soft text-accent-soft-foreground ring-accent/25", dot: "bg-accent" },
};

export interface BadgeProps extends ComponentProps<"span"> {
  tone?: BadgeTone;
  /** A leading status dot, for states such as "Active" or "Low stock". */
  dot?: boolean;
}

export function Badge({ tone = "neutral", dot, className, children, ...props }: BadgeProps) {
  return (
    <span
      className={cn(
        "inline-flex h-5 items-center gap-1.5 rounded-full px-2 text-xs font-medium whitespace-nowrap ring-1 ring-inset",
        tones[tone].badge,
        className,
      )}
      {...props}
    >
      {dot ? <span aria-hidden className={cn("size-1.5 rounded-full", tones[tone].dot)} /> : null}
      {children}
    </span>
  );
}
