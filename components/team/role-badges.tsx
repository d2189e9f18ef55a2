import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";

export interface RoleBadgesProps {
  roles: { id: string; name: string; key?: string }[];
  className?: string;
}

/** A teammate's or invitation's roles; the owner role stands out. */
export function RoleBadges({ roles, className }: RoleBadgesProps) {
  return (
    <div className={cn("flex flex-wrap gap-1.5", className)}>
      {roles.map((role) => (
        <Badge key={role.id} tone={role.key === "owner" ? "info" : "neutral"}>
          {role.name}
        </Badge>
      ))}
    </div>
  );
}
