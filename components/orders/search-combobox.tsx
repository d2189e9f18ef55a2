"use client";

import { Search } from "lucide-react";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";

export interface SearchComboboxProps<T> {
  /** Fetches options for what was typed (debounced); keep it stable (useCallback). */
  search: (q: string) => Promise<T[]>;
  onSelect: (option: T) => void;
  getKey: (option: T) => string;
  renderOption: (option: T) => ReactNode;
  placeholder: string;
  /** Accessible name of the input. */
  label: string;
  emptyText?: string;
  disabled?: boolean;
  id?: string;
  invalid?: boolean;
  /**
   * For barcode scans: an exact match is picked at once when it is the only result, or when
   * Enter was pressed (as scanners do) before the results arrived.
   */
  isExactMatch?: (option: T, q: string) => boolean;
}

/**
 * A search box with a listbox of results (WAI-ARIA combobox pattern): arrows move, Enter picks,
 * Escape closes. Results come from the server as the person types.
 */
export function SearchCombobox<T>({
  search,
  onSelect,
  getKey,
  renderOption,
  placeholder,
  label,
  emptyText = "Nothing found.",
  disabled,
  id,
  invalid,
  isExactMatch,
}: SearchComboboxProps<T>) {
  const listId = useId();
  const [q, setQ] = useState("");
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState<T[]>([]);
  const [active, setActive] = useState(0);
  const [loading, setLoading] = useState(false);
  const [resultsFor, setResultsFor] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  // A scanner types the code and presses Enter before the results arrive; remember the Enter.
  const enterPending = useRef(false);

  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      setLoading(true);
      try {
        const found = await search(q);
        if (cancelled) return;
        setOptions(found);
        setResultsFor(q);
        setActive(0);
        const first = found[0];
        const exact = first !== undefined && q !== "" && Boolean(isExactMatch?.(first, q));
        if (exact && (found.length === 1 || enterPending.current)) pick(first);
        enterPending.current = false;
      } finally {
        if (!cancelled) setLoading(false);
      }
    }, 200);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // `pick` only closes and clears; re-running on its identity would search twice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q, open, search, isExactMatch]);

  function pick(option: T) {
    onSelect(option);
    setQ("");
    setOptions([]);
    setResultsFor(null);
    setOpen(false);
    inputRef.current?.focus();
  }

  const activeOption = open ? options[active] : undefined;
  return (
    <div className="relative">
      <Search
        aria-hidden
        className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground"
      />
      <Input
        ref={inputRef}
        id={id}
        role="combobox"
        aria-label={label}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-invalid={invalid || undefined}
        aria-activedescendant={activeOption ? `${listId}-${getKey(activeOption)}` : undefined}
        autoComplete="off"
        placeholder={placeholder}
        disabled={disabled}
        value={q}
        className="pl-8"
        onChange={(e) => {
          setQ(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setOpen(true);
            setActive((i) => Math.min(i + 1, Math.max(options.length - 1, 0)));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (e.key === "Enter") {
            // Never submit the surrounding form from the search box.
            e.preventDefault();
            if (loading || resultsFor !== q) enterPending.current = true;
            else if (activeOption !== undefined) pick(activeOption);
          } else if (e.key === "Escape" && open) {
            e.preventDefault();
            setOpen(false);
          }
        }}
      />
      {loading ? (
        <Spinner size="sm" className="absolute top-1/2 right-2.5 -translate-y-1/2" />
      ) : null}
      {open ? (
        <ul
          id={listId}
          role="listbox"
          aria-label={label}
          className="absolute z-20 mt-1 max-h-80 w-full overflow-y-auto rounded-lg border border-border bg-card py-1 shadow-dialog"
        >
          {options.length === 0 ? (
            <li className="px-3 py-2 text-sm text-muted-foreground">
              {loading ? "Searching…" : emptyText}
            </li>
          ) : (
            options.map((option, i) => (
              <li
                key={getKey(option)}
                id={`${listId}-${getKey(option)}`}
                role="option"
                aria-selected={i === active}
                // mousedown, not click: the input's blur would close the list first.
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(option);
                }}
                onMouseEnter={() => setActive(i)}
                className={cn(
                  "cursor-pointer px-3 py-2 text-sm",
                  i === active && "bg-accent-soft/60",
                )}
              >
                {renderOption(option)}
              </li>
            ))
          )}
        </ul>
      ) : null}
    </div>
  );
}
