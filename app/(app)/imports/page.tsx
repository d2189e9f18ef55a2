import type { Metadata } from "next";
import Link from "next/link";
import { FileUp, Plus, Sheet } from "lucide-react";
import { formatRelative } from "@/components/format/relative-time";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireOrg } from "@/lib/auth/page-access";
import { db } from "@/lib/db";
import { importKinds } from "@/lib/imports/registry";
import { listImportRuns } from "@/lib/imports/runs";
import { importRunListSchema } from "@/lib/imports/schemas";
import { searchParamsRecord } from "@/lib/list-params";
import { ImportHistoryTable, type ImportHistoryRow } from "./history-table";

export const metadata: Metadata = { title: "Imports" };

export default async function ImportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await requireOrg("imports.run");
  const params = importRunListSchema.parse(searchParamsRecord(await searchParams));
  const page = await listImportRuns({ db, orgId: ctx.org.id }, params);
  const now = new Date();
  const rows: ImportHistoryRow[] = page.rows.map((run) => ({
    id: run.id,
    number: run.number,
    kindLabel: importKinds[run.kind].label,
    source: run.source,
    fileName: run.fileName,
    actorLabel: run.actorLabel,
    createdAt: run.createdAt.toISOString(),
    createdLabel: formatRelative(run.createdAt, now),
    status: run.status,
    created: run.createdCount,
    updated: run.updatedCount,
    unchanged: run.unchangedCount,
    errors: run.rowsInvalid,
    durationMs: run.finishedAt ? run.finishedAt.getTime() - run.createdAt.getTime() : null,
  }));
  const newButton = (
    <Link href="/imports/new" className={buttonClasses()}>
      <Plus aria-hidden /> New import
    </Link>
  );

  return (
    <>
      <PageHeader
        title="Imports"
        description="Sales, stock counts, products, customers and shifts from CSV files or Google Sheets. Nothing is saved until you have seen what will change."
        actions={
          <div className="flex shrink-0 flex-wrap gap-2">
            <Link href="/imports/sheets" className={buttonClasses({ variant: "secondary" })}>
              <Sheet aria-hidden /> Google Sheets
            </Link>
            {newButton}
          </div>
        }
      />
      <div className="overflow-hidden rounded-xl border border-border bg-card shadow-card">
        <ImportHistoryTable
          rows={rows}
          total={page.total}
          page={page.page}
          pageSize={page.pageSize}
          pageCount={page.pageCount}
          sort={params.sort}
          dir={params.dir}
          empty={
            <EmptyState
              icon={FileUp}
              title="No imports yet"
              description="Upload a CSV of sales, stock counts, products, customers or staff shifts. Each kind has a template and a sample file to try."
              action={newButton}
            />
          }
        />
      </div>
    </>
  );
}
