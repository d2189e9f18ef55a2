"use client";

import { X } from "lucide-react";
import { useId, useRef, useState, type ClipboardEvent, type KeyboardEvent } from "react";
import { cn } from "@/components/ui/cn";
import { parseTags } from "@/lib/customers/tags";

export interface TagsInputProps {
  value: string[];
  onChange: (tags: string[]) => void;
  onBlur?: () => void;
  /** Existing tags offered while typing. */
  suggestions?: string[];
  id?: string;
  name?: string;
  placeholder?: string;
  disabled?: boolean;
  /** Receives the text box, e.g. react-hook-form's `field.ref` so errors can focus it. */
  inputRef?: (element: HTMLInputElement | null) => void;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean | "true" | "false";
}

/**
 * Tags as removable chips. Enter or a comma adds what was typed, Backspace in the empty box
 * removes the last chip, pasting "a, b, c" adds three, and leaving the box keeps what was typed.
 * Tags are normalised the way the server stores them (trimmed, lower-case).
 */
export function TagsInput({
  value,
  onChange,
  onBlur,
  suggestions = [],
  id,
  name,
  placeholder = "Add a tag…",
  disabled,
  inputRef,
  ...aria
}: TagsInputProps) {
  const [draft, setDraft] = useState("");
  const listId = useId();
  const boxRef = useRef<HTMLInputElement | null>(null);

  const add = (text: string) => {
    const next = parseTags([...value, text]);
    if (next.length !== value.length) onChange(next);
    setDraft("");
  };
  const remove = (tag: string) => {
    onChange(value.filter((t) => t !== tag));
    boxRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter" || event.key === ",") {
      event.preventDefault(); // Enter would submit the form
      if (draft.trim()) add(draft);
    } else if (event.key === "Backspace" && draft === "" && value.length > 0) {
      event.preventDefault();
      onChange(value.slice(0, -1));
    }
  };
  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData("text");
    if (!text.includes(",")) return;
    event.preventDefault();
    add(`${draft},${text}`);
  };

  const offered = suggestions.filter((s) => !value.includes(s));

  return (
    <div
      className={cn(
        "flex min-h-9 w-full flex-wrap items-center gap-1.5 rounded-md border border-border-strong bg-card px-2 py-1.5 text-sm shadow-xs",
        "transition-[border-color,box-shadow] focus-within:border-ring focus-within:ring-3 focus-within:ring-ring/20",
        aria["aria-invalid"] && "border-danger focus-within:ring-danger/20",
        disabled && "cursor-not-allowed bg-muted opacity-60",
      )}
      onClick={() => boxRef.current?.focus()}
    >
      {value.map((tag) => (
        <span
          key={tag}
          className="inline-flex h-6 items-center gap-1 rounded-full bg-accent-soft pr-1 pl-2.5 text-xs font-medium text-accent-soft-foreground ring-1 ring-accent/25 ring-inset"
        >
          {tag}
          <button
            type="button"
            className="inline-flex size-4 items-center justify-center rounded-full hover:bg-accent/15 focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
            aria-label={`Remove tag ${tag}`}
            disabled={disabled}
            onClick={(event) => {
              event.stopPropagation();
              remove(tag);
            }}
          >
            <X aria-hidden className="size-3" />
          </button>
        </span>
      ))}
      <input
        ref={(el) => {
          boxRef.current = el;
          inputRef?.(el);
        }}
        id={id}
        name={name}
        value={draft}
        disabled={disabled}
        list={offered.length > 0 ? listId : undefined}
        placeholder={value.length === 0 ? placeholder : undefined}
        autoComplete="off"
        enterKeyHint="enter"
        className="h-6 min-w-24 flex-1 bg-transparent outline-none placeholder:text-muted-foreground/80"
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        onBlur={() => {
          if (draft.trim()) add(draft);
          onBlur?.();
        }}
        aria-describedby={aria["aria-describedby"]}
        aria-invalid={aria["aria-invalid"]}
      />
      {offered.length > 0 ? (
        <datalist id={listId}>
          {offered.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      ) : null}
    </div>
  );
}
