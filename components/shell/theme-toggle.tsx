"use client";

import { useSyncExternalStore } from "react";
import { Monitor, Moon, Sun, type LucideIcon } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { THEME_STORAGE_KEY } from "./theme-script";

export type Theme = "light" | "dark" | "system";
export type ResolvedTheme = "light" | "dark";

export const THEMES: { value: Theme; label: string; icon: LucideIcon }[] = [
  { value: "light", label: "Light", icon: Sun },
  { value: "dark", label: "Dark", icon: Moon },
  { value: "system", label: "System", icon: Monitor },
];

const DARK_QUERY = "(prefers-color-scheme: dark)";
const listeners = new Set<() => void>();

function readTheme(): Theme {
  try {
    const value = localStorage.getItem(THEME_STORAGE_KEY);
    return value === "light" || value === "dark" ? value : "system";
  } catch {
    return "system";
  }
}

function resolve(theme: Theme): ResolvedTheme {
  if (theme !== "system") return theme;
  return window.matchMedia(DARK_QUERY).matches ? "dark" : "light";
}

function apply(theme: Theme) {
  const resolved = resolve(theme);
  const root = document.documentElement;
  // Switch without every border and background animating at once.
  const freeze = document.createElement("style");
  freeze.textContent = "*,*::before,*::after{transition:none!important}";
  document.head.appendChild(freeze);
  root.classList.toggle("dark", resolved === "dark");
  root.style.colorScheme = resolved;
  void window.getComputedStyle(root).opacity;
  requestAnimationFrame(() => freeze.remove());
}

function notify() {
  for (const listener of listeners) listener();
}

export function setTheme(theme: Theme) {
  try {
    if (theme === "system") localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
  apply(theme);
  notify();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const media = window.matchMedia(DARK_QUERY);
  const onSystemChange = () => {
    if (readTheme() === "system") apply("system");
    listener();
  };
  const onStorage = (event: StorageEvent) => {
    if (event.key !== THEME_STORAGE_KEY) return;
    apply(readTheme());
    listener();
  };
  media.addEventListener("change", onSystemChange);
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    media.removeEventListener("change", onSystemChange);
    window.removeEventListener("storage", onStorage);
  };
}

// A string snapshot keeps useSyncExternalStore's equality check cheap and stable.
const snapshot = () => {
  const theme = readTheme();
  return `${theme}:${resolve(theme)}`;
};
const serverSnapshot = () => "system:light";

/** The stored preference and what it resolves to; shared by every component on the page. */
export function useTheme(): {
  theme: Theme;
  resolvedTheme: ResolvedTheme;
  setTheme: typeof setTheme;
} {
  const [theme, resolvedTheme] = useSyncExternalStore(subscribe, snapshot, serverSnapshot).split(
    ":",
  ) as [Theme, ResolvedTheme];
  return { theme, resolvedTheme, setTheme };
}

export interface ThemeToggleProps {
  className?: string;
}

/** An icon button cycling light → dark → system. */
export function ThemeToggle({ className }: ThemeToggleProps) {
  const { theme } = useTheme();
  const index = THEMES.findIndex((t) => t.value === theme);
  const current = THEMES[index] ?? THEMES[2]!;
  const next = THEMES[(index + 1) % THEMES.length] ?? THEMES[0]!;
  const Icon = current.icon;
  return (
    <button
      type="button"
      onClick={() => setTheme(next.value)}
      aria-label={`Theme: ${current.label}. Switch to ${next.label.toLowerCase()}`}
      title={`Theme: ${current.label}`}
      className={cn(
        "inline-flex size-9 items-center justify-center rounded-md text-muted-foreground transition-colors hover:bg-subtle hover:text-foreground",
        className,
      )}
    >
      <Icon aria-hidden className="size-4" />
    </button>
  );
}
