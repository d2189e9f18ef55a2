import { cn } from "@/components/ui/cn";

export interface LogoProps {
  /** Show "Backroom" next to the mark. When false the mark carries the accessible name. */
  wordmark?: boolean;
  /** Mark size in pixels. */
  size?: number;
  className?: string;
}

/** The Backroom mark: three boxes stacked on a stockroom shelf, on the accent tile. */
export function Logo({ wordmark = true, size = 28, className }: LogoProps) {
  return (
    <span className={cn("inline-flex items-center gap-2.5 text-foreground", className)}>
      <LogoMark size={size} />
      {wordmark ? (
        <span className="text-[15px] leading-none font-semibold tracking-tight">Backroom</span>
      ) : (
        <span className="sr-only">Backroom</span>
      )}
    </span>
  );
}

export function LogoMark({ size = 28, className }: { size?: number; className?: string }) {
  return (
    <svg
      aria-hidden
      width={size}
      height={size}
      viewBox="0 0 32 32"
      fill="none"
      className={cn("shrink-0", className)}
    >
      <rect width="32" height="32" rx="8" className="fill-accent" />
      <rect x="12.5" y="9" width="7" height="6.5" rx="1.5" className="fill-accent-foreground/75" />
      <rect x="8" y="17" width="7" height="6.5" rx="1.5" className="fill-accent-foreground" />
      <rect x="17" y="17" width="7" height="6.5" rx="1.5" className="fill-accent-foreground" />
      <path
        d="M6.5 25.5h19"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        className="text-accent-foreground/60"
      />
    </svg>
  );
}
