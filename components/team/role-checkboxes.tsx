import type { Ref } from "react";
import { Checkbox } from "@/components/ui/checkbox";

/** What a role picker needs to know about a role; plain data, safe to pass to the client. */
export interface RoleOption {
  id: string;
  name: string;
  description: string;
  permissionCount: number;
}

export interface RoleCheckboxesProps {
  roles: RoleOption[];
  value: string[];
  onChange: (roleIds: string[]) => void;
  onBlur?: () => void;
  invalid?: boolean;
  disabled?: boolean;
  /** Receives the first checkbox, so react-hook-form can focus the group on an error. */
  firstRef?: Ref<HTMLInputElement>;
}

/** One checkbox per role, labelled by the role's name, with its description underneath. */
export function RoleCheckboxes({
  roles,
  value,
  onChange,
  onBlur,
  invalid,
  disabled,
  firstRef,
}: RoleCheckboxesProps) {
  const selected = new Set(value);
  const toggle = (id: string, checked: boolean) =>
    onChange(checked ? [...value, id] : value.filter((v) => v !== id));

  return (
    <ul className="divide-y divide-border overflow-hidden rounded-lg border border-border">
      {roles.map((role, index) => (
        <li
          key={role.id}
          className="px-3.5 py-3 transition-colors hover:bg-muted/60 has-checked:bg-accent-soft/50"
        >
          <Checkbox
            ref={index === 0 ? firstRef : undefined}
            name="roleIds"
            value={role.id}
            checked={selected.has(role.id)}
            onChange={(event) => toggle(role.id, event.target.checked)}
            onBlur={onBlur}
            disabled={disabled}
            aria-invalid={invalid || undefined}
            label={role.name}
            description={
              role.description ||
              `Custom role with ${role.permissionCount} permission${role.permissionCount === 1 ? "" : "s"}.`
            }
          />
        </li>
      ))}
    </ul>
  );
}
