import type { Metadata } from "next";
import Link from "next/link";
import { Download } from "lucide-react";
import { formatCount, formatDuration } from "@/components/imports/format";
import { ImportStatusBadge } from "@/components/imports/import-badges";
import { ImportSteps } from "@/components/imports/import-steps";
import { LiveProgress } from "@/components/imports/live-progress";
import { MappingForm } from "@/components/imports/mapping-form";
import { OutcomeCounts } from "@/components/imports/outcome-counts";
import { RunCommandButton } from "@/components/imports/run-buttons";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireOrg } from "@/lib/auth/page-access";
import { db } from "@/lib/db";
import type { ImportRowOutcome } from "@/lib/imports/types";
import { importProgress } from "@/lib/imports/run-progress";
import { importKinds } from "@/lib/imports/registry";
import { rowRecords, type RowRecord } from "@/lib/imports/row-records";
import { getImportPreview, getImportRun, listImportRows } from "@/lib/imports/runs";
import { importRowListSchema } from "@/lib/imports/schemas";
import { searchParamsRecord } from "@/lib/list-params";
import { loadOr404 } from "../../customers/load-or-404";
import { cancelImportAction, commitImportAction, startValidationAction } from "../actions";
import { EffectRows, ErrorRows } from "./rows-table";

export const metadata: Metadata = { title: "Import" };

const RECORD_PAGES: Record<RowRecord["page"], string> = {
  order: "/orders",
  product: "/products",
  customer: "/customers",
};

/**
 * One import, shown at its step: map columns → dry run (live) → review the predicted changes
 * and errors → import (live) → done, with what each row did.
 */
export default async function ImportRunPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await requireOrg("imports.run");
  const scope = { db, orgId: ctx.org.id };
  const run = await loadOr404(getImportRun(scope, (await params).id));
  const query = importRowListSchema.parse({
    pageSize: 25,
    ...searchParamsRecord(await searchParams),
  });
  const kind = importKinds[run.kind];
  const href = (changes: { page?: number; outcome?: ImportRowOutcome | null }) => {
    const next = new URLSearchParams();
    const outcome = changes.outcome === undefined ? query.outcome : changes.outcome;
    if (outcome) next.set("outcome", outcome);
    next.set("page", String(changes.page ?? query.page));
    return `/imports/${run.id}?${next}`;
  };
  const discard = (
    <RunCommandButton
      runId={run.id}
      command={cancelImportAction}
      label="Discard"
      pendingLabel="Discarding…"
      variant="ghost"
    />
  );

  let body: React.ReactNode = null;
  if (run.status === "UPLOADED" || run.status === "FAILED") {
    const preview = await getImportPreview(scope, run.id);
    body = (
      <>
        {run.status === "FAILED" ? (
          <Alert tone="danger" title="The import failed">
            {run.failureReason ?? "Something went wrong."} Nothing was saved. Check the mapping and
            try again.
          </Alert>
        ) : run.failureReason ? (
          <Alert tone="warning" title="The check was interrupted">
            {run.failureReason}
          </Alert>
        ) : preview.unreadable ? (
          <Alert tone="danger" title="This file can't be read">
            {preview.unreadable} Fix the file and upload it again, or discard this import.
          </Alert>
        ) : null}
        <MappingForm
          runId={run.id}
          fields={preview.fields.map(({ key, label, required, description, example }) => ({
            key,
            label,
            required,
            description,
            example,
          }))}
          headers={preview.headers}
          rows={preview.rows}
          suggested={preview.suggestedMapping}
          start={startValidationAction}
          submitLabel={run.status === "FAILED" ? "Try again" : "Check the rows"}
        />
      </>
    );
  } else if (run.status === "VALIDATING" || run.status === "COMMITTING") {
    body = <LiveProgress initial={importProgress(run)} cancel={cancelImportAction} />;
  } else if (run.status === "VALIDATED") {
    const errors = await listImportRows(scope, run.id, { ...query, outcome: "INVALID" });
    const importable = run.createdCount + run.updatedCount;
    body = (
      <>
        {run.failureReason ? (
          // Set when the server stopped mid-save: the run is back to its checked state.
          <Alert tone="warning" title="The import was interrupted">
            {run.failureReason}
          </Alert>
        ) : null}
        <OutcomeCounts
          created={run.createdCount}
          updated={run.updatedCount}
          unchanged={run.unchangedCount}
          errors={run.rowsInvalid}
          predicted
        />
        <div className="flex flex-wrap items-center gap-3">
          <RunCommandButton
            runId={run.id}
            command={commitImportAction}
            label={`Import ${formatCount(importable)} ${importable === 1 ? "row" : "rows"}`}
            pendingLabel="Starting…"
          />
          {discard}
          <p className="text-sm text-muted-foreground">
            {run.rowsInvalid > 0
              ? "Rows with errors are left out. Fix them in the error file and upload it as a new import."
              : "Every row checked out."}
          </p>
        </div>
        {run.rowsInvalid > 0 ? (
          <section aria-labelledby="errors-heading" className="grid gap-3">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2 id="errors-heading" className="text-base font-semibold">
                {formatCount(run.rowsInvalid)} {run.rowsInvalid === 1 ? "row" : "rows"} with errors
              </h2>
              <a
                href={`/api/imports/${run.id}/errors.csv`}
                download
                className={buttonClasses({ variant: "secondary", size: "sm" })}
              >
                <Download aria-hidden /> Download errors (CSV)
              </a>
            </div>
            <ErrorRows page={errors} href={href} />
          </section>
        ) : null}
      </>
    );
  } else if (run.status === "COMPLETED") {
    const rows = await listImportRows(scope, run.id, query);
    const records = await rowRecords(scope, rows.rows);
    const links = new Map(
      [...records].map(([id, r]) => [
        id,
        { href: `${RECORD_PAGES[r.page]}/${r.id}`, label: r.label },
      ]),
    );
    body = (
      <>
        <Alert tone="success" title={`Import #${run.number} is done`}>
          {formatCount(run.createdCount)} created, {formatCount(run.updatedCount)} updated and{" "}
          {formatCount(run.unchangedCount)} unchanged
          {run.finishedAt
            ? ` in ${formatDuration(run.finishedAt.getTime() - run.createdAt.getTime())}`
            : ""}
          .
          {run.rowsInvalid > 0
            ? ` ${formatCount(run.rowsInvalid)} rows with errors were left out.`
            : ""}
        </Alert>
        <OutcomeCounts
          created={run.createdCount}
          updated={run.updatedCount}
          unchanged={run.unchangedCount}
          errors={run.rowsInvalid}
          predicted={false}
        />
        {run.rowsInvalid > 0 ? (
          <div>
            <a
              href={`/api/imports/${run.id}/errors.csv`}
              download
              className={buttonClasses({ variant: "secondary", size: "sm" })}
            >
              <Download aria-hidden /> Download errors (CSV)
            </a>
          </div>
        ) : null}
        <section aria-labelledby="rows-heading" className="grid gap-3">
          <h2 id="rows-heading" className="text-base font-semibold">
            What each row did
          </h2>
          <EffectRows page={rows} href={href} outcome={query.outcome} links={links} />
        </section>
      </>
    );
  } else {
    body = (
      <Alert tone="info" title="This import was cancelled">
        Nothing from it was saved.{" "}
        <Link href="/imports/new" className="font-medium underline">
          Start a new import
        </Link>
        .
      </Alert>
    );
  }

  return (
    <>
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-3">
            Import #{run.number} <ImportStatusBadge status={run.status} />
          </span>
        }
        description={`${kind.label} from ${run.fileName}${
          run.source === "GOOGLE_SHEET" ? " (Google Sheet)" : ""
        } · ${run.actorLabel}`}
        breadcrumbs={[{ label: "Imports", href: "/imports" }, { label: `#${run.number}` }]}
        actions={run.status === "UPLOADED" ? discard : undefined}
      />
      <div className="grid gap-6">
        <ImportSteps status={run.status} />
        {run.duplicateNotice && run.status !== "COMPLETED" ? (
          <Alert
            tone="warning"
            title={
              run.duplicateOf
                ? `Identical to Import #${run.duplicateOf.number}${
                    run.duplicateOf.finishedAt
                      ? ` from ${run.duplicateOf.finishedAt.toISOString().slice(0, 10)}`
                      : ""
                  }`
                : "Identical to an earlier import"
            }
            action={
              run.duplicateOf ? (
                <Link
                  href={`/imports/${run.duplicateOf.id}`}
                  className={buttonClasses({ variant: "secondary", size: "sm" })}
                >
                  Open import #{run.duplicateOf.number}
                </Link>
              ) : undefined
            }
          >
            {run.duplicateNotice}
          </Alert>
        ) : null}
        {body}
      </div>
    </>
  );
}
