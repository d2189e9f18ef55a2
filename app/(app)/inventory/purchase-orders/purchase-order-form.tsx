"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useFieldArray } from "react-hook-form";
import { PackagePlus, Trash2 } from "lucide-react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult } from "@/lib/actions/result";
import { purchaseOrderInputSchema } from "@/lib/inventory/purchase-order-schemas";
import { formatMoney, minorDigits, parseMoney, toDecimalString } from "@/lib/money";
import { createPurchaseOrderAction, updatePurchaseOrderAction } from "../actions";
import { VariantPicker } from "./variant-picker";

type Option = { id: string; name: string };

export interface PurchaseOrderFormValues {
  id?: string;
  supplierId: string;
  locationId: string;
  expectedAt: string;
  notes: string;
  lines: {
    variantId: string;
    name: string;
    sku: string;
    quantity: number;
    unitCostMinor: number;
  }[];
}

export function PurchaseOrderForm({
  initial,
  suppliers,
  locations,
  currency,
}: {
  initial: PurchaseOrderFormValues;
  suppliers: Option[];
  locations: Option[];
  currency: string;
}) {
  const router = useRouter();
  const digits = minorDigits(currency);
  // Names of picked variants, for display only; the form holds ids and numbers.
  const [labels, setLabels] = useState(
    new Map(initial.lines.map((l) => [l.variantId, { name: l.name, sku: l.sku }])),
  );
  const { form, onSubmit, isPending, formError } = useActionForm({
    schema: purchaseOrderInputSchema,
    action: (values): Promise<ActionResult<{ id: string; number: number }>> =>
      initial.id
        ? updatePurchaseOrderAction({ ...values, purchaseOrderId: initial.id })
        : createPurchaseOrderAction(values),
    defaultValues: {
      supplierId: initial.supplierId,
      locationId: initial.locationId,
      expectedAt: initial.expectedAt,
      notes: initial.notes,
      lines: initial.lines.map((l) => ({
        variantId: l.variantId,
        quantity: String(l.quantity),
        unitCost: toDecimalString(l.unitCostMinor, digits),
      })),
    },
    successMessage: (po) =>
      initial.id ? `PO-${po.number} saved` : `Draft PO-${po.number} created`,
    onSuccess: (po) => router.push(`/inventory/purchase-orders/${po.id}`),
  });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "lines" });
  const { errors } = form.formState;
  const lines = form.watch("lines");
  const supplierId = form.watch("supplierId");
  const total = lines.reduce((sum, l) => {
    const qty = Number(l.quantity);
    const cost = parseMoney(String(l.unitCost), digits);
    return Number.isInteger(qty) && cost !== null ? sum + qty * cost : sum;
  }, 0);
  const showFormError = formError && Object.keys(errors).length === 0;

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-6">
      {showFormError ? <Alert tone="danger">{formError}</Alert> : null}
      <Card>
        <CardContent className="grid gap-4 sm:grid-cols-2">
          <FormField label="Supplier" name="supplierId" required error={errors.supplierId?.message}>
            <Select {...form.register("supplierId")}>
              <option value="" disabled>
                Choose a supplier
              </option>
              {suppliers.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField
            label="Deliver to"
            name="locationId"
            required
            error={errors.locationId?.message}
          >
            <Select {...form.register("locationId")}>
              <option value="" disabled>
                Choose a location
              </option>
              {locations.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField
            label="Expected"
            name="expectedAt"
            hint="Leave empty to use the supplier's lead time when ordering."
            error={errors.expectedAt?.message}
          >
            <Input type="date" {...form.register("expectedAt")} />
          </FormField>
          <FormField label="Notes" name="notes" error={errors.notes?.message}>
            <Textarea rows={2} maxLength={1000} {...form.register("notes")} />
          </FormField>
        </CardContent>
      </Card>

      <Card className="pb-0">
        <CardHeader>
          <CardTitle as="h2">Lines</CardTitle>
        </CardHeader>
        <CardContent>
          <VariantPicker
            supplierId={supplierId}
            currency={currency}
            exclude={lines.map((l) => l.variantId)}
            onPick={(v) => {
              setLabels((current) => new Map(current).set(v.id, { name: v.name, sku: v.sku }));
              append({
                variantId: v.id,
                quantity: "1",
                unitCost: toDecimalString(v.costMinor, digits),
              });
            }}
          />
          {errors.lines?.message || errors.lines?.root?.message ? (
            <p role="alert" className="mt-2 text-xs font-medium text-danger-foreground">
              {errors.lines?.message ?? errors.lines?.root?.message}
            </p>
          ) : null}
        </CardContent>
        <CardContent flush>
          {fields.length === 0 ? (
            <EmptyState
              icon={PackagePlus}
              className="border-t border-border py-10"
              title="No lines yet"
              description="Search above to add the products you are ordering."
            />
          ) : (
            <Table containerClassName="border-t border-border">
              <THead>
                <TR className="hover:bg-transparent">
                  <TH>Product</TH>
                  <TH numeric className="w-28">
                    Quantity
                  </TH>
                  <TH numeric className="w-36">
                    Unit cost
                  </TH>
                  <TH numeric>Line total</TH>
                  <TH className="w-12">
                    <span className="sr-only">Remove</span>
                  </TH>
                </TR>
              </THead>
              <TBody>
                {fields.map((field, i) => {
                  const label = labels.get(lines[i]?.variantId ?? "");
                  const lineErrors = errors.lines?.[i];
                  const qty = Number(lines[i]?.quantity);
                  const cost = parseMoney(String(lines[i]?.unitCost ?? ""), digits);
                  return (
                    <TR key={field.id} className="align-top">
                      <TD>
                        <span className="block font-medium">
                          {label?.name ?? "Unknown product"}
                        </span>
                        <span className="font-mono text-xs text-muted-foreground">
                          {label?.sku}
                        </span>
                        {lineErrors?.variantId?.message ? (
                          <span className="block text-xs text-danger-foreground">
                            {lineErrors.variantId.message}
                          </span>
                        ) : null}
                      </TD>
                      <TD numeric>
                        <FormField
                          className="ml-auto max-w-28 text-left whitespace-normal"
                          label="Quantity"
                          hideLabel
                          name={`lines.${i}.quantity`}
                          error={lineErrors?.quantity?.message}
                        >
                          <Input
                            inputMode="numeric"
                            className="h-8 text-right tabular-nums"
                            {...form.register(`lines.${i}.quantity`)}
                          />
                        </FormField>
                      </TD>
                      <TD numeric>
                        <FormField
                          className="ml-auto max-w-36 text-left whitespace-normal"
                          label="Unit cost"
                          hideLabel
                          name={`lines.${i}.unitCost`}
                          error={lineErrors?.unitCost?.message}
                        >
                          <Input
                            inputMode="decimal"
                            className="h-8 text-right tabular-nums"
                            {...form.register(`lines.${i}.unitCost`)}
                          />
                        </FormField>
                      </TD>
                      <TD numeric className="pt-3.5">
                        {Number.isInteger(qty) && cost !== null
                          ? formatMoney(qty * cost, currency)
                          : "—"}
                      </TD>
                      <TD>
                        <Button
                          type="button"
                          variant="ghost"
                          size="icon-sm"
                          aria-label={`Remove ${label?.name ?? "line"}`}
                          onClick={() => remove(i)}
                        >
                          <Trash2 aria-hidden />
                        </Button>
                      </TD>
                    </TR>
                  );
                })}
              </TBody>
            </Table>
          )}
        </CardContent>
        <CardFooter className="justify-between py-4">
          <p className="text-sm">
            Total{" "}
            <span className="ml-2 font-semibold tabular-nums">{formatMoney(total, currency)}</span>
          </p>
          <div className="flex gap-2">
            <Button type="button" variant="secondary" onClick={() => router.back()}>
              Cancel
            </Button>
            <Button type="submit" loading={isPending}>
              {initial.id ? "Save changes" : "Create draft"}
            </Button>
          </div>
        </CardFooter>
      </Card>
    </form>
  );
}
