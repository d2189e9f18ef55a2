import type { ComponentType, ReactNode, SVGProps } from "react";
import { ChartNoAxesColumn } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";

/** What a chart shows instead of empty axes: the same height, and what to do about it. */
export function ChartEmpty({
  title = "No sales in this period",
  description = "Try a longer period or clear the location, category and channel filters.",
  icon = ChartNoAxesColumn,
  action,
  height = 256,
}: {
  title?: string;
  description?: ReactNode;
  icon?: ComponentType<SVGProps<SVGSVGElement>>;
  action?: ReactNode;
  height?: number;
}) {
  return (
    <div style={{ minHeight: height }} className="flex items-center justify-center">
      <EmptyState
        icon={icon}
        title={title}
        description={description}
        action={action}
        className="py-6"
      />
    </div>
  );
}
