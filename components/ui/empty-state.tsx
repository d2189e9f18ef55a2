import type { ComponentType, ReactNode, SVGProps } from "react";
import { cn } from "./cn";

export interface EmptyStateProps {
  /** A lucide icon component, e.g. `icon={PackageOpen}`. */
  icon?: ComponentType<SVGProps<SVGSVGElement>>;
  title: ReactNode;
  description?: ReactNode;
  /** Usually a Button or a Link styled with buttonClasses(). */
  action?: ReactNode;
  /** Draws a dashed frame; leave off when the empty state sits inside a Card. */
  bordered?: boolean;
  className?: string;
}

export function EmptyState({
  icon: Icon,
  title,
  description,
  action,
  bordered = false,
  className,
}: EmptyStateProps) {
  return (
    <div
      className={cn(
        "flex flex-col items-center justify-center px-6 py-12 text-center",
        bordered && "rounded-xl border border-dashed border-border-strong",
        className,
      )}
    >
      {Icon ? (
        <div className="mb-4 flex size-11 items-center justify-center rounded-xl border border-border bg-card text-muted-foreground shadow-xs">
          <Icon aria-hidden className="size-5" />
        </div>
      ) : null}
      <h3 className="text-sm font-semibold">{title}</h3>
      {description ? (
        <p className="mt-1 max-w-sm text-sm text-muted-foreground">{description}</p>
      ) : null}
      {action ? <div className="mt-5 flex flex-wrap justify-center gap-2">{action}</div> : null}
    </div>
  );
}
