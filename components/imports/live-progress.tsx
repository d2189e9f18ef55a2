"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { ActionResult } from "@/lib/actions/result";
import { RUNNING_STATUSES, type ImportProgress } from "@/lib/imports/run-progress";
import { formatCount, formatDuration } from "./format";
import { estimateProgress, type ProgressSample } from "./progress-estimate";

const POLL_MS = 1_000;

/**
 * The progress bar of a running dry run or commit. It polls the run once a second, works out
 * the pace and time left from the polls, and refreshes the page when the run reaches its next
 * step (the server then renders the results).
 */
export function LiveProgress({
  initial,
  cancel,
}: {
  initial: ImportProgress;
  cancel: (input: { runId: string }) => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const [progress, setProgress] = useState(initial);
  const [samples, setSamples] = useState<ProgressSample[]>([]);
  const [cancelling, setCancelling] = useState(initial.cancelRequested);
  const [error, setError] = useState<string | null>(null);
  const status = useRef(initial.status);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const response = await fetch(`/api/imports/${initial.id}`, { cache: "no-store" });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const next = (await response.json()) as ImportProgress;
        if (stopped) return;
        setProgress(next);
        setError(null);
        setSamples((list) =>
          [...list, { at: Date.now(), bytes: next.bytesProcessed, rows: next.rowsProcessed }].slice(
            -30,
          ),
        );
        if (next.status !== status.current) {
          status.current = next.status;
          router.refresh();
        }
        if (!RUNNING_STATUSES.includes(next.status)) return;
      } catch {
        if (!stopped) setError("Lost touch with the server; still trying…");
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    };
    timer = setTimeout(poll, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [initial.id, router]);

  const committing = progress.status === "COMMITTING";
  const estimate = estimateProgress(samples, progress.bytesTotal);
  // The commit is one transaction with no partial progress to show: the bar is indeterminate.
  const fraction = committing ? null : (estimate.fraction ?? 0);
  const percent = fraction === null ? null : Math.round(fraction * 100);

  async function onCancel() {
    setCancelling(true);
    const result = await cancel({ runId: initial.id });
    if (!result.ok) {
      setCancelling(false);
      setError(result.error);
    }
    router.refresh();
  }

  return (
    <div className="grid gap-3" data-testid="import-progress">
      <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
        <p className="font-medium">
          {committing ? "Importing rows…" : "Checking rows…"}
          {percent !== null ? <span className="ml-2 tabular-nums">{percent}%</span> : null}
        </p>
        <p className="text-muted-foreground tabular-nums" aria-live="polite">
          {formatCount(committing ? progress.rowsValid : progress.rowsProcessed)} rows
          {!committing && estimate.rowsPerSecond !== null
            ? ` · ${formatCount(Math.round(estimate.rowsPerSecond))} rows/s`
            : null}
          {!committing && estimate.msLeft !== null
            ? ` · about ${formatDuration(estimate.msLeft)} left`
            : null}
        </p>
      </div>
      <div
        role="progressbar"
        aria-label={committing ? "Import progress" : "Dry run progress"}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        className="h-2.5 overflow-hidden rounded-full bg-muted"
      >
        <div
          className={cn(
            "h-full rounded-full bg-accent transition-[width] duration-700",
            percent === null && "w-1/3 animate-pulse",
          )}
          style={percent === null ? undefined : { width: `${Math.max(2, percent)}%` }}
        />
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-muted-foreground">
          {error ??
            (cancelling
              ? "Stopping… nothing from this run will be saved."
              : committing
                ? "Nothing is saved until every row is written; cancelling undoes the whole import."
                : `${formatCount(progress.rowsInvalid)} with errors so far. Nothing is saved during the dry run.`)}
        </p>
        <Button variant="secondary" size="sm" onClick={onCancel} disabled={cancelling}>
          {cancelling ? "Cancelling…" : "Cancel"}
        </Button>
      </div>
    </div>
  );
}
