import { LoaderCircle } from "lucide-react";
import { cn } from "./cn";

const sizes = { sm: "size-3.5", md: "size-4", lg: "size-6" } as const;

export interface SpinnerProps {
  size?: keyof typeof sizes;
  /** Announced to screen readers; omit when the spinner sits inside a control that is already labelled. */
  label?: string;
  className?: string;
}

export function Spinner({ size = "md", label, className }: SpinnerProps) {
  const icon = (
    <LoaderCircle aria-hidden className={cn("shrink-0 animate-spin", sizes[size], className)} />
  );
  if (!label) return icon;
  return (
    <span role="status" className="inline-flex items-center">
      {icon}
      <span className="sr-only">{label}</span>
    </span>
  );
}
