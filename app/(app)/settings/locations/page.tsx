import type { Metadata } from "next";
import { MapPin } from "lucide-react";
import { formatCount } from "@/components/catalog/quantities";
import { ArchiveStatusBadge } from "@/components/catalog/status-badges";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requireOrg } from "@/lib/auth/page-access";
import { listLocations } from "@/lib/catalog/locations";
import { db } from "@/lib/db";
import { LocationActions } from "./location-actions";
import { NewLocationButton } from "./new-location-button";

export const metadata: Metadata = { title: "Locations" };

export default async function LocationsPage() {
  const ctx = await requireOrg("catalog.manage");
  const locations = await listLocations({ db, orgId: ctx.org.id });
  const active = locations.filter((l) => !l.archivedAt).length;

  return (
    <>
      <PageHeader
        title="Locations"
        description="Where you keep stock and fulfil orders. Stock levels, transfers and orders all belong to a location."
        actions={<NewLocationButton />}
      />
      <Card className={locations.length > 0 ? "pb-0" : undefined}>
        <CardHeader>
          <CardTitle as="h2">
            Locations{" "}
            <span className="font-normal text-muted-foreground tabular-nums">{active}</span>
          </CardTitle>
          <CardDescription>
            A location can be archived once it holds no stock and no open orders; its history stays.
          </CardDescription>
        </CardHeader>
        <CardContent flush>
          {locations.length === 0 ? (
            <EmptyState
              icon={MapPin}
              className="border-t border-border py-10"
              title="No locations yet"
              description="Add your shop or warehouse to start receiving stock and taking orders."
              action={<NewLocationButton />}
            />
          ) : (
            <Table className="border-t border-border">
              <THead>
                <TR className="hover:bg-transparent">
                  <TH>Location</TH>
                  <TH>Code</TH>
                  <TH numeric>On hand</TH>
                  <TH numeric>Reserved</TH>
                  <TH numeric>Variants stocked</TH>
                  <TH>Status</TH>
                  <TH className="w-12">
                    <span className="sr-only">Actions</span>
                  </TH>
                </TR>
              </THead>
              <TBody>
                {locations.map((l) => (
                  <TR key={l.id} className={l.archivedAt ? "text-muted-foreground" : undefined}>
                    <TD>
                      <div className="grid gap-0.5">
                        <span className="font-medium">{l.name}</span>
                        {l.address ? (
                          <span className="max-w-80 truncate text-xs text-muted-foreground">
                            {l.address.replace(/\s*\n\s*/g, ", ")}
                          </span>
                        ) : null}
                      </div>
                    </TD>
                    <TD className="font-mono text-xs">{l.code}</TD>
                    <TD numeric>{formatCount(l.onHand)}</TD>
                    <TD numeric className="text-muted-foreground">
                      {formatCount(l.committed)}
                    </TD>
                    <TD numeric className="text-muted-foreground">
                      {formatCount(l.stockedVariants)}
                    </TD>
                    <TD>
                      <ArchiveStatusBadge archived={Boolean(l.archivedAt)} />
                    </TD>
                    <TD className="text-right">
                      <LocationActions
                        location={{
                          id: l.id,
                          name: l.name,
                          code: l.code,
                          address: l.address,
                          archived: Boolean(l.archivedAt),
                        }}
                      />
                    </TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
        </CardContent>
      </Card>
    </>
  );
}
