import Link from "next/link";
import { Compass } from "lucide-react";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function NotFound() {
  return (
    <main className="flex min-h-[70vh] items-center justify-center p-6">
      <EmptyState
        icon={Compass}
        title="We couldn't find that page"
        description="It may have moved, or the link may be mistyped."
        action={
          <Link href="/" className={buttonClasses()}>
            Back to the overview
          </Link>
        }
      />
    </main>
  );
}
