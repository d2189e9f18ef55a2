import type { ReactNode } from "react";
import Link from "next/link";
import { Logo } from "@/components/brand/logo";
import { cn } from "@/components/ui/cn";

export interface AuthCardProps {
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  /** Below the card, e.g. "No account yet? Sign up". */
  footer?: ReactNode;
  className?: string;
}

/** The centred frame for sign-in, sign-up, reset and invite pages. */
export function AuthCard({ title, description, children, footer, className }: AuthCardProps) {
  return (
    <div className="relative isolate flex min-h-dvh flex-col items-center justify-center overflow-hidden bg-background px-4 py-12">
      <div
        aria-hidden
        className="pointer-events-none absolute inset-0 -z-10 opacity-60 [background-image:linear-gradient(to_right,var(--border)_1px,transparent_1px),linear-gradient(to_bottom,var(--border)_1px,transparent_1px)] dark:opacity-100 [background-size:48px_48px] [mask-image:radial-gradient(ellipse_60%_50%_at_50%_0%,black_30%,transparent_100%)]"
      />
      <div
        aria-hidden
        className="pointer-events-none absolute -top-40 left-1/2 -z-10 h-80 w-[42rem] -translate-x-1/2 rounded-full bg-accent/15 blur-3xl dark:bg-accent/20"
      />

      <main className={cn("w-full max-w-[400px]", className)}>
        <Link href="/" className="mx-auto mb-8 flex w-fit rounded-md" aria-label="Backroom home">
          <Logo size={32} />
        </Link>
        <div className="rounded-2xl border border-border bg-card p-6 shadow-popover sm:p-8">
          <div className="mb-6 grid gap-1.5 text-center">
            <h1 className="text-xl leading-7 font-semibold tracking-tight">{title}</h1>
            {description ? <p className="text-sm text-muted-foreground">{description}</p> : null}
          </div>
          {children}
        </div>
        {footer ? (
          <div className="mt-6 text-center text-sm text-muted-foreground">{footer}</div>
        ) : null}
      </main>
    </div>
  );
}
