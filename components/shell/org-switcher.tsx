"use client";

import { useTransition } from "react";
import { unstable_rethrow, useRouter } from "next/navigation";
import { ChevronsUpDown } from "lucide-react";
import { toast } from "sonner";
import { cn } from "@/components/ui/cn";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuGroup,
  DropdownMenuLabel,
  DropdownMenuRadioItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { Spinner } from "@/components/ui/spinner";

export interface OrgSummary {
  id: string;
  name: string;
}

export interface OrgSwitcherProps {
  current: OrgSummary;
  organizations: OrgSummary[];
  /** Server action that makes `orgId` the active organisation (it may redirect). */
  switchAction: (orgId: string) => Promise<unknown>;
  className?: string;
}

function OrgAvatar({ name, className }: { name: string; className?: string }) {
  return (
    <span
      aria-hidden
      className={cn(
        "inline-flex shrink-0 items-center justify-center rounded-md bg-foreground text-[11px] font-semibold text-background uppercase",
        className,
      )}
    >
      {name.trim().charAt(0) || "?"}
    </span>
  );
}

function failureMessage(result: unknown): string | null {
  if (result && typeof result === "object" && "ok" in result && result.ok === false) {
    const error = "error" in result && typeof result.error === "string" ? result.error : null;
    return error ?? "Could not switch organisation.";
  }
  return null;
}

export function OrgSwitcher({ current, organizations, switchAction, className }: OrgSwitcherProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  const choose = (org: OrgSummary) => {
    if (org.id === current.id) return;
    startTransition(async () => {
      try {
        const result = await switchAction(org.id);
        const failure = failureMessage(result);
        if (failure) {
          toast.error(failure);
          return;
        }
        router.refresh();
      } catch (error) {
        // A redirect() in the action arrives here as an error; Next must handle it.
        unstable_rethrow(error);
        toast.error("Could not switch organisation. Please try again.");
      }
    });
  };

  return (
    <DropdownMenu className={cn("w-full", className)}>
      <DropdownMenuTrigger
        disabled={pending}
        aria-label={`Organisation: ${current.name}. Switch organisation`}
        className="flex h-10 w-full items-center gap-2.5 rounded-lg px-2 text-left transition-colors hover:bg-subtle disabled:opacity-70 data-[state=open]:bg-subtle"
      >
        <OrgAvatar name={current.name} className="size-6" />
        <span className="min-w-0 flex-1 truncate text-sm font-semibold">{current.name}</span>
        {pending ? (
          <Spinner size="sm" className="text-muted-foreground" />
        ) : (
          <ChevronsUpDown aria-hidden className="size-4 shrink-0 text-muted-foreground" />
        )}
      </DropdownMenuTrigger>
      <DropdownMenuContent align="stretch" className="min-w-56">
        <DropdownMenuLabel aria-hidden>Organisations</DropdownMenuLabel>
        <DropdownMenuGroup label="Organisations">
          {organizations.map((org) => (
            <DropdownMenuRadioItem
              key={org.id}
              checked={org.id === current.id}
              onSelect={() => choose(org)}
              icon={<OrgAvatar name={org.name} className="size-5 text-[10px]" />}
            >
              {org.name}
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuGroup>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
