import type { ComponentProps } from "react";
import { cn } from "./cn";

/** A loading placeholder. Hidden from assistive tech: announce loading once, e.g. with Spinner. */
export function Skeleton({ className, ...props }: ComponentProps<"div">) {
  return (
    <div aria-hidden className={cn("animate-pulse rounded-md bg-subtle", className)} {...props} />
  );
}
