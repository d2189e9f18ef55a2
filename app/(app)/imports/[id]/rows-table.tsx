import Link from "next/link";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { OUTCOMES, RowOutcomeBadge } from "@/components/imports/import-badges";
import { formatCount } from "@/components/imports/format";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { ImportRow, ImportRowOutcome } from "@/lib/imports/types";
import type { ImportRowError } from "@/lib/imports/kinds/types";
import type { Page } from "@/lib/list-params";

type PageLink = (changes: { page?: number; outcome?: ImportRowOutcome | null }) => string;

/** The rows a dry run refused: one line per problem, with the cell and the reason. */
export function ErrorRows({ page, href }: { page: Page<ImportRow>; href: PageLink }) {
  return (
    <div className="overflow-hidden rounded-xl border border-border bg-card shadow-card">
      <Table>
        <THead>
          <TR>
            <TH numeric>Row</TH>
            <TH>Column</TH>
            <TH>Value</TH>
            <TH>What is wrong</TH>
          </TR>
        </THead>
        <TBody>
          {page.rows.flatMap((row) =>
            errorsOf(row).map((error, i) => (
              <TR key={`${row.rowNumber}-${i}`} data-testid="error-row">
                <TD numeric>{i === 0 ? row.rowNumber : ""}</TD>
                <TD>{error.column || "—"}</TD>
                <TD className="max-w-48 truncate font-mono text-xs" title={error.value}>
                  {error.value || <span className="text-muted-foreground">(empty)</span>}
                </TD>
                <TD wrap>{error.message}</TD>
              </TR>
            )),
          )}
        </TBody>
      </Table>
      <Pager page={page} href={href} />
    </div>
  );
}

/** What each row did (or would do), linked to the record it created or changed. */
export function EffectRows({
  page,
  href,
  outcome,
  links,
}: {
  page: Page<ImportRow>;
  href: PageLink;
  outcome: ImportRowOutcome | undefined;
  /** entity id → page of that record, for the rows on this page. */
  links: Map<string, { href: string; label: string }>;
}) {
  return (
    <div className="grid gap-3">
      <nav aria-label="Filter rows by outcome" className="flex flex-wrap gap-2">
        {[undefined, ...(Object.keys(OUTCOMES) as ImportRowOutcome[])].map((value) => (
          <Link
            key={value ?? "all"}
            href={href({ outcome: value ?? null, page: 1 })}
            aria-current={value === outcome ? "true" : undefined}
            className={buttonClasses({
              variant: value === outcome ? "primary" : "secondary",
              size: "sm",
            })}
          >
            {value ? OUTCOMES[value].label : "All rows"}
          </Link>
        ))}
      </nav>
      <div className="overflow-hidden rounded-xl border border-border bg-card shadow-card">
        {page.rows.length === 0 ? (
          <p className="px-5 py-8 text-center text-sm text-muted-foreground">
            No rows with this outcome.
          </p>
        ) : (
          <Table>
            <THead>
              <TR>
                <TH numeric>Row</TH>
                <TH>Outcome</TH>
                <TH>Record</TH>
                <TH>Details</TH>
              </TR>
            </THead>
            <TBody>
              {page.rows.map((row) => {
                const link = row.entityId ? links.get(row.entityId) : undefined;
                return (
                  <TR key={row.rowNumber} data-testid="effect-row">
                    <TD numeric>{row.rowNumber}</TD>
                    <TD>
                      <RowOutcomeBadge outcome={row.outcome} />
                    </TD>
                    <TD>
                      {link ? (
                        <Link href={link.href} className="font-medium hover:underline">
                          {link.label}
                        </Link>
                      ) : (
                        <span className="text-muted-foreground">{keyLabel(row.naturalKey)}</span>
                      )}
                    </TD>
                    <TD wrap className="max-w-96 text-sm text-muted-foreground">
                      {detailsOf(row)}
                    </TD>
                  </TR>
                );
              })}
            </TBody>
          </Table>
        )}
        <Pager page={page} href={href} />
      </div>
    </div>
  );
}

/** Natural keys join their parts with control characters; people see them separated. */
function keyLabel(key: string | null) {
  if (!key) return "—";
  return key.replace(/[\u0000-\u001f]+/g, " · ");
}

function errorsOf(row: ImportRow): ImportRowError[] {
  const list = Array.isArray(row.errors) ? (row.errors as ImportRowError[]) : [];
  return list.length > 0 ? list : [{ column: "", value: "", message: "Could not be imported." }];
}

function detailsOf(row: ImportRow): string {
  if (row.outcome === "INVALID")
    return errorsOf(row)
      .map((e) => e.message)
      .join("; ");
  const changes = row.changes as Record<string, [unknown, unknown]> | null;
  if (!changes || typeof changes !== "object") return "";
  return Object.entries(changes)
    .map(([field, [before, after]]) => `${field}: ${show(before)} → ${show(after)}`)
    .join("; ");
}

function show(value: unknown) {
  if (value === null || value === undefined || value === "") return "—";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

function Pager({ page, href }: { page: Page<unknown>; href: PageLink }) {
  if (page.pageCount <= 1) return null;
  const first = (page.page - 1) * page.pageSize + 1;
  const last = Math.min(page.page * page.pageSize, page.total);
  const arrow = (to: number, label: string, Icon: typeof ChevronLeft, disabled: boolean) => (
    <Link
      href={href({ page: to })}
      aria-label={label}
      aria-disabled={disabled || undefined}
      className={cn(
        buttonClasses({ variant: "secondary", size: "icon-sm" }),
        disabled && "pointer-events-none opacity-50",
      )}
    >
      <Icon aria-hidden />
    </Link>
  );
  return (
    <nav
      aria-label="Pagination"
      className="flex items-center justify-between gap-3 border-t border-border px-4 py-3 text-sm"
    >
      <p className="text-muted-foreground">
        {formatCount(first)}–{formatCount(last)} of {formatCount(page.total)}
      </p>
      <div className="flex items-center gap-2">
        {arrow(page.page - 1, "Previous page", ChevronLeft, page.page <= 1)}
        <span className="tabular-nums">
          {page.page} / {page.pageCount}
        </span>
        {arrow(page.page + 1, "Next page", ChevronRight, page.page >= page.pageCount)}
      </div>
    </nav>
  );
}
