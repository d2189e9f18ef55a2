"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { Button, type ButtonVariant } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

/** A button that runs an import command (commit, discard) and refreshes the page's step. */
export function RunCommandButton({
  runId,
  command,
  label,
  pendingLabel,
  variant = "primary",
  confirm,
}: {
  runId: string;
  command: (input: { runId: string }) => Promise<ActionResult<unknown>>;
  label: string;
  pendingLabel: string;
  variant?: ButtonVariant;
  confirm?: string;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <Button
      variant={variant}
      disabled={pending}
      onClick={() =>
        start(async () => {
          if (confirm && !window.confirm(confirm)) return;
          const result = await command({ runId });
          if (!result.ok) toast.error(result.error);
          router.refresh();
        })
      }
    >
      {pending ? pendingLabel : label}
    </Button>
  );
}
