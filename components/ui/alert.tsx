import type { ReactNode } from "react";
import { CircleAlert, CircleCheck, Info, TriangleAlert, type LucideIcon } from "lucide-react";
import { cn } from "./cn";

export type AlertTone = "info" | "success" | "warning" | "danger";

const tones: Record<AlertTone, { box: string; icon: string; Icon: LucideIcon }> = {
  info: { box: "border-info/25 bg-info-soft", icon: "text-info", Icon: Info },
  success: { box: "border-success/25 bg-success-soft", icon: "text-success", Icon: CircleCheck },
  warning: { box: "border-warning/30 bg-warning-soft", icon: "text-warning", Icon: TriangleAlert },
  danger: { box: "border-danger/25 bg-danger-soft", icon: "text-danger", Icon: CircleAlert },
};

export interface AlertProps {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  /** A button or link shown on the right (below on narrow screens). */
  action?: ReactNode;
  className?: string;
}

/**
 * An inline callout. Danger and warning use role="alert" so a message that appears after an
 * action (a failed save) is announced; info and success are polite status messages.
 */
export function Alert({ tone = "info", title, children, action, className }: AlertProps) {
  const { box, icon, Icon } = tones[tone];
  return (
    <div
      role={tone === "danger" || tone === "warning" ? "alert" : "status"}
      className={cn(
        "flex flex-col gap-3 rounded-lg border px-4 py-3 text-sm sm:flex-row sm:items-start",
        box,
        className,
      )}
    >
      <div className="flex min-w-0 flex-1 gap-3">
        <Icon aria-hidden className={cn("mt-0.5 size-4 shrink-0", icon)} />
        <div className="grid min-w-0 gap-0.5">
          {title ? <p className="font-medium text-foreground">{title}</p> : null}
          {children ? <div className="text-foreground/80">{children}</div> : null}
        </div>
      </div>
      {action ? <div className="shrink-0 pl-7 sm:pl-0">{action}</div> : null}
    </div>
  );
}
