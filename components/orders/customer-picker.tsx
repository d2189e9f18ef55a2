"use client";

import { UserRound, X } from "lucide-react";
import { useCallback } from "react";
import { Button } from "@/components/ui/button";
import { SearchCombobox } from "./search-combobox";

export type PickedCustomer = { id: string; name: string; email: string | null };

/** Chooses the order's customer by searching name, email, phone or company; or none (walk-in). */
export function CustomerPicker({
  value,
  onChange,
  search,
  id,
  disabled,
}: {
  value: PickedCustomer | null;
  onChange: (customer: PickedCustomer | null) => void;
  search: (q: string) => Promise<PickedCustomer[]>;
  id?: string;
  disabled?: boolean;
}) {
  const find = useCallback((q: string) => search(q), [search]);
  if (value) {
    return (
      <div className="flex h-9 items-center gap-2 rounded-md border border-border-strong bg-muted/40 px-3 text-sm">
        <UserRound aria-hidden className="size-4 shrink-0 text-muted-foreground" />
        <span className="truncate font-medium">{value.name}</span>
        {value.email ? <span className="truncate text-muted-foreground">{value.email}</span> : null}
        <Button
          type="button"
          variant="ghost"
          size="icon-sm"
          className="-mr-2 ml-auto size-7"
          aria-label={`Remove ${value.name} from the order`}
          disabled={disabled}
          onClick={() => onChange(null)}
        >
          <X aria-hidden />
        </Button>
      </div>
    );
  }
  return (
    <SearchCombobox
      id={id}
      label="Customer"
      placeholder="Search customers, or leave empty for a walk-in sale"
      emptyText="No customer matches."
      search={find}
      disabled={disabled}
      getKey={(c) => c.id}
      onSelect={onChange}
      renderOption={(c) => (
        <span className="flex min-w-0 flex-col">
          <span className="truncate font-medium">{c.name}</span>
          {c.email ? (
            <span className="truncate text-xs text-muted-foreground">{c.email}</span>
          ) : null}
        </span>
      )}
    />
  );
}
