import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";

/** A bordered surface. Sections share horizontal padding; the card owns vertical rhythm. */
export function Card({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      className={cn(
        "flex min-w-0 flex-col gap-4 rounded-xl border border-border bg-card py-5 text-foreground shadow-card",
        className,
      )}
      {...props}
    />
  );
}

export interface CardHeaderProps extends ComponentProps<"div"> {
  /** Buttons or menus aligned to the right of the title. */
  actions?: ReactNode;
}

export function CardHeader({ className, actions, children, ...props }: CardHeaderProps) {
  return (
    <div className={cn("flex items-start justify-between gap-4 px-5", className)} {...props}>
      <div className="grid min-w-0 gap-1">{children}</div>
      {actions ? <div className="flex shrink-0 items-center gap-2">{actions}</div> : null}
    </div>
  );
}

export interface CardTitleProps extends ComponentProps<"h3"> {
  as?: "h2" | "h3" | "h4";
}

export function CardTitle({ className, as: Tag = "h3", ...props }: CardTitleProps) {
  return <Tag className={cn("text-base leading-6 font-semibold", className)} {...props} />;
}

export function CardDescription({ className, ...props }: ComponentProps<"p">) {
  return <p className={cn("text-sm text-muted-foreground", className)} {...props} />;
}

export interface CardContentProps extends ComponentProps<"div"> {
  /** Removes horizontal padding so a table or list can run edge to edge. */
  flush?: boolean;
}

export function CardContent({ className, flush, ...props }: CardContentProps) {
  return <div className={cn(flush ? "px-0" : "px-5", className)} {...props} />;
}

export function CardFooter({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      className={cn(
        "flex items-center justify-end gap-2 border-t border-border px-5 pt-4",
        className,
      )}
      {...props}
    />
  );
}
