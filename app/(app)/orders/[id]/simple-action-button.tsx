"use client";

import { useTransition, type ReactNode } from "react";
import { toast } from "sonner";
import { Button, type ButtonVariant } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

/** A one-click transition (place, mark delivered): runs the action, then says what happened. */
export function SimpleActionButton({
  run,
  success,
  variant = "secondary",
  icon,
  children,
}: {
  run: () => Promise<ActionResult<unknown>>;
  success: string;
  variant?: ButtonVariant;
  icon?: ReactNode;
  children: ReactNode;
}) {
  const [pending, start] = useTransition();
  return (
    <Button
      type="button"
      variant={variant}
      icon={icon}
      loading={pending}
      onClick={() =>
        start(async () => {
          const result = await run();
          if (result.ok) toast.success(success);
          else toast.error(result.error);
        })
      }
    >
      {children}
    </Button>
  );
}
