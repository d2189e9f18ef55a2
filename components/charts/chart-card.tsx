import type { ReactNode } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";

export interface ChartCardProps {
  title: string;
  /** One sentence saying what the chart shows and how it is computed. */
  caption: ReactNode;
  /** Toggles shown to the right of the title. */
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  /** Used for the section's accessible name and for tests. */
  id?: string;
}

/** The frame every dashboard chart sits in: title, caption, optional toggles, the chart. */
export function ChartCard({ title, caption, actions, children, className, id }: ChartCardProps) {
  const headingId = id ? `${id}-title` : undefined;
  return (
    <Card
      className={cn("min-w-0", className)}
      role="region"
      aria-labelledby={headingId}
      data-testid={id}
    >
      <CardHeader actions={actions} className="flex-col sm:flex-row [&>div:last-child]:flex-wrap">
        <CardTitle as="h2" id={headingId}>
          {title}
        </CardTitle>
        <CardDescription>{caption}</CardDescription>
      </CardHeader>
      <CardContent>{children}</CardContent>
    </Card>
  );
}
