import type { Metadata } from "next";
import Link from "next/link";
import { Download, ScrollText } from "lucide-react";
import { RelativeTime } from "@/components/format/relative-time";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { Select } from "@/components/ui/select";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requireOrg } from "@/lib/auth/page-access";
import { auditFilterOptions, listAuditLog } from "@/lib/audit/list-audit-log";
import { auditFiltersSchema, toAuditQuery } from "@/lib/audit/schemas";
import { db } from "@/lib/db";
import { AuditChange } from "./audit-change";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const ctx = await requireOrg("audit.view");
  const parsed = auditFiltersSchema.safeParse(await searchParams);
  const filters = parsed.success ? parsed.data : {};
  const scope = { db, orgId: ctx.org.id };
  const [{ rows, nextCursor }, options] = await Promise.all([
    listAuditLog(scope, toAuditQuery(filters)),
    auditFilterOptions(scope),
  ]);
  const query = new URLSearchParams(
    Object.entries(filters).filter(([k, v]) => k !== "cursor" && v) as [string, string][],
  );
  const nextHref = nextCursor
    ? `?${new URLSearchParams([...query, ["cursor", nextCursor]])}`
    : null;

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change to your organisation's data: who, what and when."
        actions={
          <Link
            href={`/settings/audit/export?${query}`}
            className={buttonClasses({ variant: "secondary" })}
            prefetch={false}
          >
            <Download aria-hidden /> Export CSV
          </Link>
        }
      />
      <form
        className="mb-4 grid gap-3 sm:grid-cols-[1fr_1fr_auto_auto_auto] sm:items-end"
        method="get"
      >
        <label className="grid gap-1.5 text-xs font-medium">
          Entity
          <Select name="entity" defaultValue={filters.entity ?? ""}>
            <option value="">All entities</option>
            {options.entityTypes.map((e) => (
              <option key={e}>{e}</option>
            ))}
          </Select>
        </label>
        <label className="grid gap-1.5 text-xs font-medium">
          Actor
          <Select name="actor" defaultValue={filters.actor ?? ""}>
            <option value="">Everyone</option>
            {options.actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label}
              </option>
            ))}
          </Select>
        </label>
        <label className="grid gap-1.5 text-xs font-medium">
          From
          <Input type="date" name="from" defaultValue={filters.from} />
        </label>
        <label className="grid gap-1.5 text-xs font-medium">
          To
          <Input type="date" name="to" defaultValue={filters.to} />
        </label>
        <Button type="submit" variant="secondary">
          Filter
        </Button>
      </form>
      {!parsed.success ? (
        <p className="mb-4 text-sm text-danger-foreground" role="alert">
          Some filters were not understood and were ignored.
        </p>
      ) : null}
      <Card>
        {rows.length === 0 ? (
          <EmptyState
            icon={ScrollText}
            title="No entries"
            description={
              query.size
                ? "Nothing matches these filters."
                : "Changes will be recorded here as your team works."
            }
          />
        ) : (
          <Table>
            <THead>
              <TR>
                <TH>When</TH>
                <TH>Actor</TH>
                <TH>Action</TH>
                <TH>Entity</TH>
                <TH>Change</TH>
              </TR>
            </THead>
            <TBody>
              {rows.map((row) => (
                <TR key={row.id}>
                  <TD className="whitespace-nowrap text-muted-foreground">
                    <RelativeTime date={row.createdAt} />
                  </TD>
                  <TD>
                    <span className="font-medium">{row.actorLabel}</span>
                    {row.actorType !== "USER" ? (
                      <Badge className="ml-2">
                        {row.actorType.toLowerCase().replace("_", " ")}
                      </Badge>
                    ) : null}
                  </TD>
                  <TD className="font-mono text-xs">{row.action}</TD>
                  <TD>{row.entityType}</TD>
                  <TD>
                    <AuditChange before={row.before} after={row.after} />
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
      {nextHref ? (
        <div className="mt-4 flex justify-end">
          <Link href={nextHref} className={buttonClasses({ variant: "secondary" })}>
            Older entries
          </Link>
        </div>
      ) : null}
    </>
  );
}
