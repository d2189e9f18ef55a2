import { Check } from "lucide-react";
import { cn } from "@/components/ui/cn";
import type { ImportStatus } from "@/lib/imports/run-progress";

const STEPS = ["Map columns", "Dry run", "Review", "Import", "Done"] as const;

const CURRENT: Record<ImportStatus, number> = {
  UPLOADED: 0,
  VALIDATING: 1,
  VALIDATED: 2,
  COMMITTING: 3,
  COMPLETED: 4,
  FAILED: -1,
  CANCELLED: -1,
};

/** Where an import is in its five steps; a failed or cancelled run highlights none. */
export function ImportSteps({ status }: { status: ImportStatus }) {
  const current = CURRENT[status];
  return (
    <ol className="flex flex-wrap items-center gap-x-2 gap-y-2 text-sm" aria-label="Import steps">
      {STEPS.map((label, i) => {
        const done = current >= 0 && (i < current || status === "COMPLETED");
        const active = i === current && status !== "COMPLETED";
        return (
          <li
            key={label}
            aria-current={active ? "step" : undefined}
            className="flex items-center gap-2"
          >
            <span
              className={cn(
                "flex size-6 items-center justify-center rounded-full border text-xs font-medium",
                done && "border-success bg-success text-white",
                active && "border-accent bg-accent text-accent-foreground",
                !done && !active && "border-border-strong text-muted-foreground",
              )}
            >
              {done ? <Check aria-hidden className="size-3.5" /> : i + 1}
            </span>
            <span className={cn(active ? "font-medium" : "text-muted-foreground")}>{label}</span>
            {i < STEPS.length - 1 ? (
              <span aria-hidden className="mx-1 h-px w-6 bg-border-strong" />
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
