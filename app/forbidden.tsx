import Link from "next/link";
import { ShieldAlert } from "lucide-react";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function Forbidden() {
  return (
    <main className="flex min-h-[70vh] items-center justify-center p-6">
      <EmptyState
        icon={ShieldAlert}
        title="You don't have access to this page"
        description="Your roles in this organisation don't include it. Ask an owner if you need it."
        action={
          <Link href="/" className={buttonClasses()}>
            Back to the overview
          </Link>
        }
      />
    </main>
  );
}
