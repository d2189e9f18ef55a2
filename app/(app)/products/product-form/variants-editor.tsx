"use client";

import { useState } from "react";
import { useWatch, type UseFieldArrayReturn } from "react-hook-form";
import { currencySymbol, formatMargin } from "@/components/catalog/money";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { ProductFormValues } from "@/lib/catalog/schemas";
import { parseMoney } from "@/lib/money";
import { comboKey, type ProductForm } from "./use-variant-grid";
import { CellInput, RowAction } from "./variant-row-controls";

const money = (value: unknown) =>
  typeof value === "number" ? value : typeof value === "string" ? parseMoney(value) : null;

export function VariantsEditor({
  form,
  variants,
  optionNames,
  allowedCombos,
  currency,
  onExclude,
  markNew,
  disabled,
}: {
  form: ProductForm;
  variants: UseFieldArrayReturn<ProductFormValues, "variants">;
  optionNames: string[];
  /** Combinations the options produce; saved rows outside them can only stay archived. */
  allowedCombos: Set<string>;
  currency: string;
  onExclude: (optionValues: string[]) => void;
  /** Badge rows that saving will add (when editing a product). */
  markNew?: boolean;
  disabled?: boolean;
}) {
  const rows = useWatch({ control: form.control, name: "variants" }) ?? [];
  const errors = form.formState.errors.variants;
  const rootError = errors?.root?.message ?? errors?.message;
  const symbol = currencySymbol(currency);
  const hasOptions = optionNames.length > 0;
  const activeCount = rows.filter((r) => r?.status !== "ARCHIVED").length;
  const [bulk, setBulk] = useState({ price: "", cost: "" });

  const applyBulk = () => {
    rows.forEach((row, i) => {
      if (row?.status === "ARCHIVED") return;
      if (bulk.price.trim())
        form.setValue(`variants.${i}.price`, bulk.price.trim(), { shouldDirty: true });
      if (bulk.cost.trim())
        form.setValue(`variants.${i}.cost`, bulk.cost.trim(), { shouldDirty: true });
    });
    if (form.formState.isSubmitted) void form.trigger("variants");
  };

  return (
    <div className="grid gap-4">
      {rootError ? (
        <Alert tone="danger" className="mx-5">
          {rootError}
        </Alert>
      ) : null}
      {activeCount > 1 ? (
        <div className="mx-5 flex flex-wrap items-end gap-2 rounded-lg border border-border bg-muted/30 p-3">
          <label className="grid gap-1 text-xs font-medium">
            Price for all
            <CellInput
              label="Price for all variants"
              prefix={symbol}
              inputMode="decimal"
              placeholder="0.00"
              className="w-32"
              value={bulk.price}
              onChange={(e) => setBulk((b) => ({ ...b, price: e.target.value }))}
            />
          </label>
          <label className="grid gap-1 text-xs font-medium">
            Cost for all
            <CellInput
              label="Cost for all variants"
              prefix={symbol}
              inputMode="decimal"
              placeholder="0.00"
              className="w-32"
              value={bulk.cost}
              onChange={(e) => setBulk((b) => ({ ...b, cost: e.target.value }))}
            />
          </label>
          <Button
            type="button"
            variant="secondary"
            size="sm"
            disabled={disabled || (!bulk.price.trim() && !bulk.cost.trim())}
            onClick={applyBulk}
          >
            Apply to {activeCount} variants
          </Button>
        </div>
      ) : null}
      <Table className="border-t border-border">
        <THead>
          <TR className="hover:bg-transparent">
            {hasOptions ? <TH>{optionNames.join(" / ")}</TH> : null}
            <TH>SKU</TH>
            <TH>Barcode</TH>
            <TH numeric>Price</TH>
            <TH numeric>Cost</TH>
            <TH numeric>Margin</TH>
            <TH className="w-12">
              <span className="sr-only">Actions</span>
            </TH>
          </TR>
        </THead>
        <TBody>
          {variants.fields.map((field, i) => {
            const row = rows[i];
            const values = row?.optionValues ?? [];
            const name = hasOptions ? values.join(" / ") : "Default variant";
            const archived = row?.status === "ARCHIVED";
            const saved = Boolean(row?.id);
            const restorable = !hasOptions || allowedCombos.has(comboKey(values));
            const e = errors?.[i];
            const price = money(row?.price);
            const cost = money(row?.cost);
            return (
              <TR key={field.id} className={cn("align-top", archived && "bg-muted/40")}>
                {hasOptions ? (
                  <TD className="pt-4.5">
                    <div className="grid gap-1">
                      <span className="flex items-center gap-2">
                        <span className={cn("font-medium", archived && "text-muted-foreground")}>
                          {name}
                        </span>
                        {archived ? (
                          <Badge>Archived</Badge>
                        ) : saved || !markNew ? null : (
                          <Badge tone="info">New</Badge>
                        )}
                      </span>
                      {e?.optionValues?.message ? (
                        <span role="alert" className="text-xs font-medium text-danger-foreground">
                          {e.optionValues.message}
                        </span>
                      ) : null}
                    </div>
                  </TD>
                ) : null}
                <TD>
                  <CellInput
                    label={`SKU of ${name}`}
                    error={e?.sku?.message}
                    autoComplete="off"
                    spellCheck={false}
                    className="w-full min-w-52 font-mono text-xs uppercase"
                    readOnly={disabled}
                    {...form.register(`variants.${i}.sku`)}
                  />
                </TD>
                <TD>
                  <CellInput
                    label={`Barcode of ${name}`}
                    error={e?.barcode?.message}
                    autoComplete="off"
                    spellCheck={false}
                    inputMode="numeric"
                    placeholder="Optional"
                    className="w-full min-w-36 font-mono text-xs"
                    readOnly={disabled}
                    {...form.register(`variants.${i}.barcode`)}
                  />
                </TD>
                <TD className="[&>div]:justify-items-end">
                  <CellInput
                    label={`Price of ${name}`}
                    error={e?.price?.message}
                    prefix={symbol}
                    inputMode="decimal"
                    placeholder="0.00"
                    className="w-28"
                    readOnly={disabled}
                    {...form.register(`variants.${i}.price`)}
                  />
                </TD>
                <TD className="[&>div]:justify-items-end">
                  <CellInput
                    label={`Cost of ${name}`}
                    error={e?.cost?.message}
                    prefix={symbol}
                    inputMode="decimal"
                    placeholder="0.00"
                    className="w-28"
                    readOnly={disabled}
                    {...form.register(`variants.${i}.cost`)}
                  />
                </TD>
                <TD numeric className="pt-4.5 text-muted-foreground">
                  {price !== null && cost !== null ? formatMargin(price, cost) : "—"}
                </TD>
                <TD className="pt-3 text-right">
                  <RowAction
                    name={name}
                    saved={saved}
                    archived={archived}
                    restorable={restorable}
                    canRemove={hasOptions}
                    disabled={disabled}
                    onArchive={(next) =>
                      form.setValue(`variants.${i}.status`, next ? "ARCHIVED" : "ACTIVE", {
                        shouldDirty: true,
                      })
                    }
                    onRemove={() => onExclude(values)}
                  />
                </TD>
              </TR>
            );
          })}
        </TBody>
      </Table>
    </div>
  );
}
