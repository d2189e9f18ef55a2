import type { Ref } from "react";
import { Checkbox } from "@/components/ui/checkbox";
import { PERMISSION_GROUPS } from "./permission-groups";

export interface PermissionPickerProps {
  value: string[];
  onChange: (permissions: string[]) => void;
  invalid?: boolean;
  disabled?: boolean;
  /** Receives the first checkbox, so react-hook-form can focus the picker on an error. */
  firstRef?: Ref<HTMLInputElement>;
}

/**
 * Every permission as a checkbox labelled with its human label, grouped like the catalogue.
 * Each group has a tri-state "select all" checkbox. The value keeps catalogue order.
 */
export function PermissionPicker({
  value,
  onChange,
  invalid,
  disabled,
  firstRef,
}: PermissionPickerProps) {
  const selected = new Set(value);
  const commit = (next: Set<string>) =>
    onChange(
      PERMISSION_GROUPS.flatMap((g) => g.permissions.map((p) => p.key)).filter((k) => next.has(k)),
    );
  const setMany = (keys: string[], checked: boolean) => {
    const next = new Set(selected);
    for (const key of keys) {
      if (checked) next.add(key);
      else next.delete(key);
    }
    commit(next);
  };

  return (
    <div className="columns-1 gap-3 sm:columns-2">
      {PERMISSION_GROUPS.map((group, groupIndex) => {
        const keys = group.permissions.map((p) => p.key);
        const count = keys.filter((k) => selected.has(k)).length;
        return (
          <div
            key={group.name}
            role="group"
            aria-label={`${group.name} permissions`}
            className="mb-3 break-inside-avoid overflow-hidden rounded-lg border border-border"
          >
            <div className="flex items-center justify-between gap-3 border-b border-border bg-muted/60 px-3 py-2">
              <Checkbox
                checked={count === keys.length}
                indeterminate={count > 0 && count < keys.length}
                onChange={(event) => setMany(keys, event.target.checked)}
                disabled={disabled}
                label={
                  <>
                    {group.name}
                    <span className="sr-only"> — select all</span>
                  </>
                }
              />
              <span className="text-xs text-muted-foreground tabular-nums">
                {count}/{keys.length}
              </span>
            </div>
            <ul className="grid gap-2.5 px-3 py-3">
              {group.permissions.map((permission, index) => (
                <li key={permission.key}>
                  <Checkbox
                    ref={groupIndex === 0 && index === 0 ? firstRef : undefined}
                    name="permissions"
                    value={permission.key}
                    checked={selected.has(permission.key)}
                    onChange={(event) => setMany([permission.key], event.target.checked)}
                    disabled={disabled}
                    aria-invalid={invalid || undefined}
                    label={<span className="font-normal">{permission.label}</span>}
                  />
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
