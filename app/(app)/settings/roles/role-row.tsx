import { ChevronRight, KeyRound, UsersRound } from "lucide-react";
import { PermissionSummary } from "@/components/team/permission-summary";
import { Badge } from "@/components/ui/badge";
import type { listRoles } from "@/lib/team/roles";
import { RoleActions } from "./role-actions";
import { RoleTwoFactorToggle } from "./role-two-factor-toggle";

type Role = Awaited<ReturnType<typeof listRoles>>[number];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function RoleRow({ role, isOwner }: { role: Role; isOwner: boolean }) {
  return (
    <li className="px-5 py-4">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="grid min-w-0 gap-1">
          <div className="flex flex-wrap items-center gap-2">
            <h3 className="text-sm font-semibold">{role.name}</h3>
            {role.builtIn ? <Badge tone="info">Built-in</Badge> : null}
            {role.requireTwoFactor ? <Badge>Two-factor required</Badge> : null}
          </div>
          {role.description ? (
            <p className="text-sm text-muted-foreground">{role.description}</p>
          ) : null}
          <p className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-muted-foreground">
            <span className="inline-flex items-center gap-1.5">
              <UsersRound aria-hidden className="size-3.5" />
              {plural(role.memberCount, "member")}
            </span>
            <span className="inline-flex items-center gap-1.5">
              <KeyRound aria-hidden className="size-3.5" />
              {plural(role.permissions.length, "permission")}
            </span>
          </p>
        </div>
        {role.builtIn ? (
          isOwner ? (
            <RoleTwoFactorToggle
              role={{ id: role.id, name: role.name, requireTwoFactor: role.requireTwoFactor }}
            />
          ) : null
        ) : (
          <RoleActions
            isOwner={isOwner}
            role={{
              id: role.id,
              name: role.name,
              description: role.description,
              permissions: role.permissions,
              requireTwoFactor: role.requireTwoFactor,
              memberCount: role.memberCount,
            }}
          />
        )}
      </div>
      <details className="group mt-3">
        <summary className="inline-flex cursor-pointer list-none items-center gap-1 rounded-sm text-xs font-medium text-accent-soft-foreground select-none hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring [&::-webkit-details-marker]:hidden">
          <ChevronRight
            aria-hidden
            className="size-3.5 transition-transform group-open:rotate-90"
          />
          <span className="group-open:hidden">Show permissions</span>
          <span className="hidden group-open:inline">Hide permissions</span>
          <span className="sr-only"> of {role.name}</span>
        </summary>
        <div className="mt-3 rounded-lg border border-border bg-muted/40 p-4">
          <PermissionSummary permissions={role.permissions} />
        </div>
      </details>
    </li>
  );
}
