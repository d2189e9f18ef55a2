"use client";

import { AlertTriangle, Trash2 } from "lucide-react";
import { useWatch, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import { StockNote } from "@/components/orders/stock-note";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { VariantOption } from "@/lib/catalog/search-variants";
import { formatMoney } from "@/lib/money";
import type { OrderDraftInput, orderDraftSchema } from "@/lib/orders/schemas";

export type OrderFormValues = z.input<typeof orderDraftSchema>;

/** One line of the order form: the variant, its live stock note, quantity, discount and total. */
export function OrderLineRow({
  index: i,
  form,
  variant,
  available,
  allowBackorder,
  totalMinor,
  currency,
  locationName,
  onRemove,
}: {
  index: number;
  form: UseFormReturn<OrderFormValues, unknown, OrderDraftInput>;
  variant: VariantOption | undefined;
  /** Units free at the location; undefined until the live check answers. */
  available: number | undefined;
  allowBackorder: boolean;
  totalMinor: number;
  currency: string;
  locationName: string;
  onRemove: () => void;
}) {
  const { register, control, formState } = form;
  const quantity = useWatch({ control, name: `lines.${i}.quantity` });
  const errors = formState.errors.lines?.[i];
  return (
    <li
      data-testid="order-line"
      className="grid gap-3 px-5 py-4 sm:grid-cols-[minmax(0,1fr)_6rem_6.5rem_7rem_2.25rem] sm:items-start"
    >
      <div className="grid min-w-0 gap-1">
        <p className="truncate text-sm font-medium">{variant?.label ?? "Unknown product"}</p>
        <p className="text-xs text-muted-foreground">
          <span className="font-mono">{variant?.sku}</span> ·{" "}
          {formatMoney(variant?.priceMinor ?? 0, currency)} each
        </p>
        {/* The server's word on the quantity (a refusal) replaces the live note. */}
        {errors?.quantity?.message ? (
          <p
            role="alert"
            data-field-error={`lines.${i}.quantity`}
            className="inline-flex items-center gap-1 text-xs font-medium text-danger-foreground"
          >
            <AlertTriangle aria-hidden className="size-3.5" />
            {errors.quantity.message}
          </p>
        ) : (
          <StockNote
            quantity={Math.max(Math.trunc(Number(quantity)) || 0, 0)}
            available={available}
            allowBackorder={allowBackorder}
            locationName={locationName}
          />
        )}
        {errors?.variantId?.message ? (
          <p role="alert" className="text-xs font-medium text-danger-foreground">
            {errors.variantId.message}
          </p>
        ) : null}
      </div>
      <FormField label="Quantity" name={`lines.${i}.quantity`}>
        {(field) => (
          <Input
            {...field}
            aria-invalid={errors?.quantity ? true : undefined}
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            className="text-right tabular-nums"
            {...register(`lines.${i}.quantity`)}
          />
        )}
      </FormField>
      <FormField label="Discount" name={`lines.${i}.discount`} error={errors?.discount?.message}>
        <Input
          inputMode="decimal"
          placeholder="0.00"
          className="text-right tabular-nums"
          {...register(`lines.${i}.discount`)}
        />
      </FormField>
      <div className="grid gap-1.5 sm:text-right">
        <span className="text-sm font-medium">Line total</span>
        <span className="flex h-9 items-center text-sm tabular-nums sm:justify-end">
          {formatMoney(totalMinor, currency)}
        </span>
      </div>
      <Button
        type="button"
        variant="ghost"
        size="icon-sm"
        className="text-muted-foreground hover:text-danger-foreground sm:mt-6"
        aria-label={`Remove ${variant?.label ?? "line"}`}
        onClick={onRemove}
      >
        <Trash2 aria-hidden />
      </Button>
      <input type="hidden" {...register(`lines.${i}.variantId`)} />
    </li>
  );
}
