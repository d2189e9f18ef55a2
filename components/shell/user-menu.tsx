"use client";

import { useTransition } from "react";
import { LogOut, UserRound } from "lucide-react";
import { cn } from "@/components/ui/cn";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuGroup,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuLinkItem,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { Spinner } from "@/components/ui/spinner";
import { THEMES, useTheme } from "./theme-toggle";

export interface UserMenuProps {
  name: string | null;
  email: string;
  /** Server action that ends the session and redirects to sign-in. */
  signOutAction: () => Promise<void>;
  className?: string;
}

export function initials(name: string | null, email: string): string {
  const source = name?.trim() || email.split("@")[0] || "?";
  const parts = source.split(/[\s._-]+/).filter(Boolean);
  const letters = parts.length > 1 ? `${parts[0]![0]}${parts.at(-1)![0]}` : source.slice(0, 2);
  return letters.toUpperCase();
}

export function UserMenu({ name, email, signOutAction, className }: UserMenuProps) {
  const { theme, setTheme } = useTheme();
  const [signingOut, startSignOut] = useTransition();

  return (
    <DropdownMenu className={className}>
      <DropdownMenuTrigger
        aria-label={`Account menu for ${name ?? email}`}
        className="inline-flex size-8 items-center justify-center rounded-full bg-accent-soft text-xs font-semibold text-accent-soft-foreground ring-1 ring-accent/20 transition-shadow hover:ring-accent/40"
      >
        {signingOut ? <Spinner size="sm" /> : initials(name, email)}
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-64">
        <div className="px-2 py-1.5">
          {name ? <p className="truncate text-sm font-medium">{name}</p> : null}
          <p className={cn("truncate text-muted-foreground", name ? "text-xs" : "text-sm")}>
            {email}
          </p>
        </div>
        <DropdownMenuSeparator />
        <DropdownMenuLinkItem href="/settings/account" icon={<UserRound />}>
          Account settings
        </DropdownMenuLinkItem>
        <DropdownMenuSeparator />
        <DropdownMenuLabel aria-hidden>Theme</DropdownMenuLabel>
        <DropdownMenuGroup label="Theme">
          {THEMES.map(({ value, label, icon: Icon }) => (
            <DropdownMenuRadioItem
              key={value}
              checked={theme === value}
              onSelect={() => setTheme(value)}
              keepOpen
              icon={<Icon />}
            >
              {label}
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuGroup>
        <DropdownMenuSeparator />
        <DropdownMenuItem
          icon={<LogOut />}
          disabled={signingOut}
          onSelect={() => startSignOut(() => signOutAction())}
        >
          Sign out
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
