/** A compact before → after view of an audit entry's JSON images. */
export function AuditChange({ before, after }: { before: unknown; after: unknown }) {
  if (before == null && after == null) return <span className="text-muted-foreground">—</span>;
  return (
    <details className="text-xs">
      <summary className="cursor-pointer text-accent-soft-foreground">View</summary>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {before != null ? <Json label="Before" value={before} /> : null}
        {after != null ? <Json label="After" value={after} /> : null}
      </div>
    </details>
  );
}

function Json({ label, value }: { label: string; value: unknown }) {
  return (
    <div>
      <div className="mb-1 font-medium text-muted-foreground">{label}</div>
      <pre className="max-h-48 max-w-md overflow-auto rounded-md bg-subtle p-2 font-mono text-[11px] leading-4">
        {JSON.stringify(value, null, 2)}
      </pre>
    </div>
  );
}
