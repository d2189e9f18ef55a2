"use client";

import { useCallback, useTransition } from "react";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/actions/result";

/** Runs a one-click action (archive, restore) and reports the outcome in a toast. */
export function useRunAction() {
  const [pending, start] = useTransition();
  const run = useCallback(
    (action: () => Promise<ActionResult<unknown>>, success: string) =>
      start(async () => {
        try {
          const result = await action();
          if (result.ok) toast.success(success);
          else toast.error(result.error);
        } catch {
          toast.error("Something went wrong. Please try again.");
        }
      }),
    [],
  );
  return { run, pending };
}
