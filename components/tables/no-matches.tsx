import Link from "next/link";
import { SearchX } from "lucide-react";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/** The empty state of a filtered list: says nothing matched and offers to clear the filters. */
export function NoMatches({
  title,
  description = "Try another search or clear the filters.",
  clearHref,
}: {
  title: string;
  description?: string;
  /** The list's path without a query string. */
  clearHref: string;
}) {
  return (
    <EmptyState
      icon={SearchX}
      title={title}
      description={description}
      action={
        <Link href={clearHref} className={buttonClasses({ variant: "secondary" })}>
          Clear filters
        </Link>
      }
    />
  );
}
