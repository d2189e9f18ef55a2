"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { ActionResult } from "@/lib/actions/result";

export type MappingField = {
  key: string;
  label: string;
  required: boolean;
  description: string;
  example: string;
};

/**
 * Step one of an import: which column of the file feeds each of our fields. The suggestion (the
 * organisation's last mapping for this kind, else matching names) is preselected; the first rows
 * of the file show what each choice would bring in.
 */
export function MappingForm({
  runId,
  fields,
  headers,
  rows,
  suggested,
  start,
  submitLabel = "Check the rows",
}: {
  runId: string;
  fields: MappingField[];
  headers: string[];
  rows: string[][];
  suggested: Record<string, string>;
  start: (input: {
    runId: string;
    mapping: Record<string, string>;
  }) => Promise<ActionResult<unknown>>;
  submitLabel?: string;
}) {
  const router = useRouter();
  const [mapping, setMapping] = useState(suggested);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const missing = fields.filter((f) => f.required && !mapping[f.key]);

  const sampleOf = (header: string | undefined) => {
    const index = header ? headers.indexOf(header) : -1;
    if (index < 0) return null;
    return (
      rows
        .slice(0, 3)
        .map((r) => r[index] ?? "")
        .filter(Boolean)
        .join(", ") || "(empty)"
    );
  };

  function submit() {
    setFormError(null);
    setErrors({});
    startTransition(async () => {
      const result = await start({ runId, mapping });
      if (result.ok) return router.refresh();
      setFormError(result.error);
      setErrors(result.fieldErrors ?? {});
    });
  }

  return (
    <div className="grid gap-6">
      <div className="overflow-x-auto rounded-xl border border-border bg-card shadow-card">
        <Table>
          <THead>
            <TR>
              <TH>Our field</TH>
              <TH>Column in your file</TH>
              <TH>First values</TH>
            </TR>
          </THead>
          <TBody>
            {fields.map((field) => {
              const error = errors[field.key]?.[0];
              const sample = sampleOf(mapping[field.key]);
              return (
                <TR key={field.key} data-testid={`mapping-${field.key}`}>
                  <TD wrap>
                    <div className="grid max-w-80 gap-0.5">
                      <span className="font-medium">
                        {field.label}
                        {field.required ? (
                          <span className="ml-1 text-danger-foreground" title="Required">
                            *
                          </span>
                        ) : null}
                      </span>
                      <span className="text-xs text-muted-foreground">
                        {field.description} e.g. {field.example}
                      </span>
                    </div>
                  </TD>
                  <TD>
                    <Select
                      aria-label={`Column for ${field.label}`}
                      aria-invalid={error ? true : undefined}
                      wrapperClassName="min-w-48"
                      value={mapping[field.key] ?? ""}
                      onChange={(e) => setMapping((m) => ({ ...m, [field.key]: e.target.value }))}
                    >
                      <option value="">
                        {field.required ? "Choose a column…" : "Don't import"}
                      </option>
                      {headers.map((header) => (
                        <option key={header} value={header}>
                          {header}
                        </option>
                      ))}
                    </Select>
                    {error ? (
                      <p role="alert" className="mt-1 text-xs font-medium text-danger-foreground">
                        {error}
                      </p>
                    ) : null}
                  </TD>
                  <TD className="max-w-64 truncate text-muted-foreground">{sample ?? "—"}</TD>
                </TR>
              );
            })}
          </TBody>
        </Table>
      </div>
      {formError ? <Alert tone="danger">{formError}</Alert> : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button onClick={submit} disabled={pending || missing.length > 0}>
          {pending ? "Starting…" : submitLabel}
        </Button>
        <p className="text-sm text-muted-foreground">
          {missing.length > 0
            ? `Choose a column for ${missing.map((f) => f.label).join(", ")}.`
            : "A dry run: every row is checked and nothing is saved yet."}
        </p>
      </div>
      <section aria-labelledby="preview-heading" className="grid gap-2">
        <h3 id="preview-heading" className="text-sm font-semibold">
          The file&apos;s first rows
        </h3>
        <div className="overflow-x-auto rounded-xl border border-border bg-card">
          <Table>
            <THead>
              <TR>
                {headers.map((h) => (
                  <TH key={h} className="whitespace-nowrap">
                    {h}
                  </TH>
                ))}
              </TR>
            </THead>
            <TBody>
              {rows.slice(0, 8).map((row, i) => (
                <TR key={i}>
                  {headers.map((h, j) => (
                    <TD key={h} className="max-w-48 truncate whitespace-nowrap">
                      {row[j] ?? ""}
                    </TD>
                  ))}
                </TR>
              ))}
            </TBody>
          </Table>
        </div>
      </section>
    </div>
  );
}
