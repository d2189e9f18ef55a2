import { cn } from "@/components/ui/cn";

const sizes = { sm: "size-7 text-[11px]", md: "size-9 text-xs" } as const;

/** Up to two letters from a name, or from the part of an email before the @. */
export function initialsOf(name: string | null, email: string): string {
  const source = name?.trim() || email.split("@")[0] || email;
  const words = source.split(/[\s._-]+/).filter(Boolean);
  const letters =
    words.length > 1 ? `${words[0]?.[0] ?? ""}${words.at(-1)?.[0] ?? ""}` : source.slice(0, 2);
  return letters.toUpperCase();
}

export interface MemberAvatarProps {
  name: string | null;
  email: string;
  size?: keyof typeof sizes;
  className?: string;
}

/** Initials in a soft circle; decorative, since the name is always shown next to it. */
export function MemberAvatar({ name, email, size = "md", className }: MemberAvatarProps) {
  return (
    <span
      aria-hidden
      className={cn(
        "inline-flex shrink-0 items-center justify-center rounded-full bg-accent-soft font-semibold text-accent-soft-foreground ring-1 ring-accent/15",
        sizes[size],
        className,
      )}
    >
      {initialsOf(name, email)}
    </span>
  );
}
