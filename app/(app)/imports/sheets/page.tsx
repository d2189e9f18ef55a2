import type { Metadata } from "next";
import Link from "next/link";
import { Sheet } from "lucide-react";
import { formatRelative } from "@/components/format/relative-time";
import { ImportStatusBadge } from "@/components/imports/import-badges";
import { formatCount } from "@/components/imports/format";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requireOrg } from "@/lib/auth/page-access";
import { db } from "@/lib/db";
import { importKinds } from "@/lib/imports/registry";
import { scheduleOf, SHEET_SCHEDULES } from "@/lib/imports/sheet-schemas";
import { listSheetSources, type SheetSourceSummary } from "@/lib/imports/sheets";
import { SheetImportForm } from "./sheet-form";
import { SheetRowActions } from "./sheet-row-actions";

export const metadata: Metadata = { title: "Google Sheets" };

export default async function SheetSourcesPage() {
  const ctx = await requireOrg("imports.run");
  const sources = await listSheetSources({ db, orgId: ctx.org.id });
  const now = new Date();
  const kinds = Object.values(importKinds).map((k) => ({ value: k.kind, label: k.label }));

  return (
    <>
      <PageHeader
        title="Google Sheets"
        description="Sheets your team keeps up to date, imported when you ask or on a schedule. Scheduled syncs import the valid rows and report the rest."
        breadcrumbs={[{ label: "Imports", href: "/imports" }, { label: "Google Sheets" }]}
      />
      <div className="grid gap-6">
        <div className="overflow-hidden rounded-xl border border-border bg-card shadow-card">
          {sources.length === 0 ? (
            <EmptyState
              icon={Sheet}
              title="No sheets linked"
              description="Link a shared Google Sheet below to import it now and keep it in sync."
            />
          ) : (
            <Table>
              <THead>
                <TR>
                  <TH>Sheet</TH>
                  <TH>Holds</TH>
                  <TH>Last sync</TH>
                  <TH>Last result</TH>
                  <TH>
                    <span className="sr-only">Actions</span>
                  </TH>
                </TR>
              </THead>
              <TBody>
                {sources.map((source) => (
                  <SourceRow key={source.id} source={source} now={now} />
                ))}
              </TBody>
            </Table>
          )}
        </div>
        <Card className="max-w-2xl">
          <CardHeader>
            <CardTitle as="h2">Link a sheet</CardTitle>
            <CardDescription>
              It is read as CSV through its share link; nothing is imported until you sync it.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <SheetImportForm kinds={kinds} />
          </CardContent>
        </Card>
      </div>
    </>
  );
}

function SourceRow({ source, now }: { source: SheetSourceSummary; now: Date }) {
  const last = source.runs[0];
  const schedule = scheduleOf(source.syncEveryMinutes);
  return (
    <TR data-testid={`sheet-${source.name}`}>
      <TD>
        <div className="grid max-w-72 min-w-0 gap-0.5">
          <span className="font-medium">{source.name}</span>
          <a
            href={source.sheetUrl}
            target="_blank"
            rel="noreferrer"
            className="truncate text-xs text-muted-foreground hover:underline"
          >
            {source.sheetUrl}
          </a>
        </div>
      </TD>
      <TD>
        <div className="grid gap-0.5">
          <span>{importKinds[source.kind].label}</span>
          <span className="text-xs text-muted-foreground">{SHEET_SCHEDULES[schedule].label}</span>
        </div>
      </TD>
      <TD>
        {source.lastSyncedAt ? (
          <time dateTime={source.lastSyncedAt.toISOString()}>
            {formatRelative(source.lastSyncedAt, now)}
          </time>
        ) : (
          <span className="text-muted-foreground">Never</span>
        )}
        {source.nextSyncAt ? (
          <p className="text-xs text-muted-foreground">
            next {formatRelative(source.nextSyncAt, now)}
          </p>
        ) : null}
      </TD>
      <TD>
        {source.lastError ? (
          <p className="max-w-72 text-sm text-danger-foreground" role="status">
            {source.lastError}
          </p>
        ) : last ? (
          <div className="grid gap-1">
            <Link href={`/imports/${last.id}`} className="flex items-center gap-2 hover:underline">
              #{last.number} <ImportStatusBadge status={last.status} />
            </Link>
            <span className="text-xs text-muted-foreground">
              {formatCount(last.createdCount)} new, {formatCount(last.updatedCount)} updated,{" "}
              {formatCount(last.rowsInvalid)} errors
            </span>
          </div>
        ) : (
          <span className="text-muted-foreground">—</span>
        )}
      </TD>
      <TD>
        <SheetRowActions
          sheet={{
            id: source.id,
            name: source.name,
            kind: source.kind,
            sheetUrl: source.sheetUrl,
            schedule,
          }}
        />
      </TD>
    </TR>
  );
}
