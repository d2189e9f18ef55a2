"use client";

import { TriangleAlert } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/** Shown when a page fails to render. The details stay in the server log; users get a way forward. */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <main className="flex min-h-[70vh] items-center justify-center p-6">
      <EmptyState
        icon={TriangleAlert}
        title="Something went wrong"
        description={
          error.digest
            ? `We couldn't load this page. If it keeps happening, quote reference ${error.digest}.`
            : "We couldn't load this page."
        }
        action={<Button onClick={reset}>Try again</Button>}
      />
    </main>
  );
}
