"use client";

import { useState } from "react";
import {
  ArrowLeftRight,
  History,
  MoreHorizontal,
  PackagePlus,
  SlidersHorizontal,
  Target,
} from "lucide-react";
import { buttonClasses } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLinkItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { LevelRow } from "@/lib/inventory/list-levels";
import { AdjustStockDialog } from "./adjust-stock-dialog";
import { ReceiveStockDialog } from "./receive-stock-dialog";
import { ReorderSettingsDialog } from "./reorder-settings-dialog";
import { TransferStockDialog } from "./transfer-stock-dialog";

export type LocationOption = { id: string; name: string };
export type SupplierOption = { id: string; name: string; leadTimeDays: number };

type DialogName = "adjust" | "receive" | "transfer" | "reorder";

export function LevelActions({
  level,
  canAdjust,
  locations,
  suppliers,
}: {
  level: LevelRow;
  canAdjust: boolean;
  locations: LocationOption[];
  suppliers: SupplierOption[];
}) {
  const [dialog, setDialog] = useState<DialogName | null>(null);
  const close = (open: boolean) => {
    if (!open) setDialog(null);
  };
  const label = `${level.productName} ${level.optionValues.join(" / ")} at ${level.locationName}`;
  const history = `/inventory/movements?variant=${level.variantId}&location=${level.locationId}`;
  const supplier = suppliers.find((s) => s.id === level.supplierId);
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger
          aria-label={`Actions for ${label}`}
          className={buttonClasses({ variant: "ghost", size: "icon-sm" })}
        >
          <MoreHorizontal aria-hidden />
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          {canAdjust ? (
            <>
              <DropdownMenuItem icon={<SlidersHorizontal />} onSelect={() => setDialog("adjust")}>
                Adjust
              </DropdownMenuItem>
              <DropdownMenuItem icon={<PackagePlus />} onSelect={() => setDialog("receive")}>
                Receive
              </DropdownMenuItem>
              <DropdownMenuItem icon={<ArrowLeftRight />} onSelect={() => setDialog("transfer")}>
                Transfer
              </DropdownMenuItem>
              <DropdownMenuItem icon={<Target />} onSelect={() => setDialog("reorder")}>
                Reorder settings
              </DropdownMenuItem>
              <DropdownMenuSeparator />
            </>
          ) : null}
          <DropdownMenuLinkItem href={history} icon={<History />}>
            Movement history
          </DropdownMenuLinkItem>
        </DropdownMenuContent>
      </DropdownMenu>
      {canAdjust ? (
        <>
          <AdjustStockDialog open={dialog === "adjust"} onOpenChange={close} level={level} />
          <ReceiveStockDialog open={dialog === "receive"} onOpenChange={close} level={level} />
          <TransferStockDialog
            open={dialog === "transfer"}
            onOpenChange={close}
            level={level}
            locations={locations.filter((l) => l.id !== level.locationId)}
          />
          <ReorderSettingsDialog
            open={dialog === "reorder"}
            onOpenChange={close}
            level={level}
            supplierLeadTime={supplier?.leadTimeDays ?? null}
          />
        </>
      ) : null}
    </>
  );
}
