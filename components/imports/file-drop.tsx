"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, type DragEvent, type KeyboardEvent } from "react";
import { FileUp } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { cn } from "@/components/ui/cn";
import { formatBytes } from "./format";

type Upload = { name: string; size: number; sent: number };

/**
 * Drag a file here or pick one (click, Enter or Space). The file goes up as the raw request body
 * (POST /api/imports?kind=…&name=…) with XMLHttpRequest, whose upload events drive the progress
 * bar — fetch() has no upload progress — and then the import's page opens.
 */
export function FileDrop({ kind }: { kind: string }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [dragging, setDragging] = useState(false);
  const [upload, setUpload] = useState<Upload | null>(null);
  const [error, setError] = useState<string | null>(null);

  function send(file: File) {
    setError(null);
    if (file.size === 0) return setError(`${file.name} is empty.`);
    setUpload({ name: file.name, size: file.size, sent: 0 });
    const xhr = new XMLHttpRequest();
    const query = new URLSearchParams({ kind, name: file.name });
    xhr.open("POST", `/api/imports?${query}`);
    xhr.setRequestHeader("content-type", file.type || "text/csv");
    xhr.upload.onprogress = (e) =>
      setUpload((u) => (u ? { ...u, sent: e.lengthComputable ? e.loaded : u.sent } : u));
    xhr.onload = () => {
      const body = parse(xhr.responseText);
      if (xhr.status === 201 && typeof body?.id === "string") {
        router.push(`/imports/${body.id}`);
        return;
      }
      setUpload(null);
      setError(
        typeof body?.detail === "string" ? body.detail : "The upload failed. Please try again.",
      );
    };
    xhr.onerror = () => {
      setUpload(null);
      setError("The upload was interrupted. Check your connection and try again.");
    };
    xhr.send(file);
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) send(file);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      input.current?.click();
    }
  }

  const percent = upload ? Math.round((upload.sent / upload.size) * 100) : 0;
  return (
    <div className="grid gap-3">
      <div
        role="button"
        tabIndex={upload ? -1 : 0}
        aria-describedby={hintId}
        aria-disabled={upload ? true : undefined}
        onClick={() => !upload && input.current?.click()}
        onKeyDown={onKeyDown}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={cn(
          "grid cursor-pointer place-items-center gap-2 rounded-xl border-2 border-dashed border-border-strong bg-card px-6 py-10 text-center transition-colors outline-none hover:border-accent focus-visible:border-accent focus-visible:ring-2 focus-visible:ring-accent/40",
          dragging && "border-accent bg-accent-soft",
          upload && "cursor-default",
        )}
      >
        <FileUp aria-hidden className="size-8 text-muted-foreground" />
        {upload ? (
          <div className="grid w-full max-w-sm gap-2" aria-live="polite">
            <p className="text-sm font-medium">
              Uploading {upload.name} ({formatBytes(upload.size)})… {percent}%
            </p>
            <div className="h-2 overflow-hidden rounded-full bg-muted">
              <div className="h-full bg-accent" style={{ width: `${percent}%` }} />
            </div>
          </div>
        ) : (
          <>
            <p className="text-sm font-medium">Drop a CSV file here, or choose one</p>
            <p id={hintId} className="text-xs text-muted-foreground">
              Comma, semicolon or tab separated; UTF-8 or Windows encodings; any size.
            </p>
          </>
        )}
      </div>
      <input
        ref={input}
        type="file"
        accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
        className="sr-only"
        aria-label="Choose a CSV file"
        tabIndex={-1}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) send(file);
          e.target.value = "";
        }}
      />
      {error ? <Alert tone="danger">{error}</Alert> : null}
    </div>
  );
}

function parse(text: string): Record<string, unknown> | null {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return null;
  }
}
