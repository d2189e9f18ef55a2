"use client";

import type { CSSProperties } from "react";
import { Toaster as Sonner } from "sonner";
import { useTheme } from "./theme-toggle";

/** Mount once in the root layout; call `toast()` from "sonner" anywhere. */
export function Toaster() {
  const { resolvedTheme } = useTheme();
  return (
    <Sonner
      theme={resolvedTheme}
      position="bottom-right"
      closeButton
      richColors
      duration={5000}
      style={
        {
          "--normal-bg": "var(--popover)",
          "--normal-text": "var(--foreground)",
          "--normal-border": "var(--border)",
          "--border-radius": "0.5rem",
        } as CSSProperties
      }
      toastOptions={{
        classNames: {
          toast: "font-sans shadow-popover",
          description: "text-muted-foreground",
        },
      }}
    />
  );
}
