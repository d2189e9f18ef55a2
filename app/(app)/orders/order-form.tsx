"use client";

import { useRouter } from "next/navigation";
import { useCallback, useRef, useState } from "react";
import { useFieldArray, useWatch } from "react-hook-form";
import { toast } from "sonner";
import type { VariantOption } from "@/lib/catalog/search-variants";
import type { PickedCustomer } from "@/components/orders/customer-picker";
import { OrderSummary } from "@/components/orders/order-summary";
import { useStockCheck } from "@/components/orders/use-stock-check";
import { VariantPicker } from "@/components/orders/variant-picker";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult } from "@/lib/actions/result";
import { parseMoney } from "@/lib/money";
import { orderDraftSchema, type OrderDraftInput } from "@/lib/orders/schemas";
import type { SalesChannel } from "@/lib/orders/state-machine";
import { computeTotals } from "@/lib/orders/totals";
import {
  availabilityAction,
  createOrderAction,
  placeOrderAction,
  saveDraftAction,
  searchVariantsAction,
  updateDraftAction,
} from "./actions";
import { OrderDetailsFields } from "./order-details-fields";
import { OrderLineRow } from "./order-line-row";

type Saved = { id: string; number: number };

export type OrderFormDraft = {
  id: string;
  number: number;
  locationId: string;
  channel: SalesChannel;
  notes: string;
  customer: PickedCustomer | null;
  lines: { variant: VariantOption; quantity: number; discount: string }[];
};

/**
 * The create-order form (and the draft editor). Lines are picked with a variant search; each
 * shows its price and the live stock at the chosen location. The totals shown are a preview:
 * the server prices the order again from the catalog when it is saved.
 */
export function OrderForm({
  locations,
  currency,
  draft,
}: {
  locations: { id: string; name: string }[];
  currency: string;
  draft?: OrderFormDraft;
}) {
  const router = useRouter();
  // The ref is read by the action (set in the click, before submit runs); the state draws the spinner.
  const intent = useRef<"place" | "draft">("place");
  const [clicked, setClicked] = useState<"place" | "draft">("place");
  const choose = (next: "place" | "draft") => {
    intent.current = next;
    setClicked(next);
  };
  const [picked, setPicked] = useState<Map<string, VariantOption>>(
    () => new Map(draft?.lines.map((l) => [l.variant.id, l.variant]) ?? []),
  );
  const [customer, setCustomer] = useState<PickedCustomer | null>(draft?.customer ?? null);

  const save = async (values: OrderDraftInput): Promise<ActionResult<Saved>> => {
    if (!draft) {
      return intent.current === "draft" ? saveDraftAction(values) : createOrderAction(values);
    }
    const updated = await updateDraftAction({ ...values, orderId: draft.id });
    if (!updated.ok || intent.current === "draft") return updated;
    return placeOrderAction({ orderId: draft.id });
  };

  const { form, onSubmit, isPending, formError } = useActionForm({
    schema: orderDraftSchema,
    action: save,
    errorDisplay: "inline",
    defaultValues: {
      locationId: draft?.locationId ?? locations[0]?.id ?? "",
      channel: draft?.channel ?? "IN_STORE",
      customerId: draft?.customer?.id ?? "",
      notes: draft?.notes ?? "",
      discount: "",
      lines:
        draft?.lines.map((l) => ({
          variantId: l.variant.id,
          quantity: l.quantity,
          discount: l.discount,
        })) ?? [],
    },
    onSuccess: (saved) => {
      const placed = intent.current === "place";
      toast.success(placed ? `Order #${saved.number} placed` : `Draft #${saved.number} saved`);
      router.push(`/orders/${saved.id}`);
    },
  });
  const { control, register, setValue, getValues, formState } = form;
  const { errors } = formState;
  const { fields, append, remove } = useFieldArray({ control, name: "lines" });
  const locationId = useWatch({ control, name: "locationId" });
  const lines = useWatch({ control, name: "lines" }) ?? [];
  const orderDiscount = useWatch({ control, name: "discount" });
  const locationName = locations.find((l) => l.id === locationId)?.name ?? "this location";

  const fetchStock = useCallback(async (input: { locationId: string; variantIds: string[] }) => {
    const result = await availabilityAction(input);
    return result.ok ? result.data : [];
  }, []);
  const stock = useStockCheck(
    locationId,
    lines.map((l) => l.variantId),
    fetchStock,
  );
  const searchVariants = useCallback(
    async (q: string) => {
      const result = await searchVariantsAction({ q, locationId });
      return result.ok ? result.data : [];
    },
    [locationId],
  );

  const addVariant = (variant: VariantOption) => {
    setPicked((prev) => new Map(prev).set(variant.id, variant));
    const existing = getValues("lines").findIndex((l) => l.variantId === variant.id);
    // One line per variant: picking it again adds a unit, as the server would merge them anyway.
    if (existing >= 0) {
      const quantity = Number(getValues(`lines.${existing}.quantity`)) || 0;
      setValue(`lines.${existing}.quantity`, quantity + 1, {
        shouldValidate: formState.isSubmitted,
      });
    } else {
      // Focus stays in the search box, so a scanner can read the next item straight away.
      append({ variantId: variant.id, quantity: 1, discount: "" }, { shouldFocus: false });
    }
  };

  const preview = computeTotals(
    lines.map((l) => ({
      quantity: Math.max(Math.trunc(Number(l.quantity)) || 0, 0),
      unitPriceMinor: picked.get(l.variantId)?.priceMinor ?? 0,
      unitCostMinor: 0,
      discountMinor: parseMoney(String(l.discount ?? "")) ?? 0,
    })),
    parseMoney(String(orderDiscount ?? "")) ?? 0,
  );
  const linesError = errors.lines?.message ?? errors.lines?.root?.message;

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-6">
      {formError ? (
        <Alert
          tone="danger"
          title={draft ? "The draft could not be saved or placed" : "This order can't be placed"}
        >
          {formError}
        </Alert>
      ) : null}

      <OrderDetailsFields
        form={form}
        locations={locations}
        customer={customer}
        onCustomerChange={setCustomer}
        disabled={isPending}
      />

      <Card className="pb-0">
        <CardHeader>
          <CardTitle as="h2">Items</CardTitle>
          <CardDescription>
            Prices come from the catalog. Stock is checked live at {locationName} and again when the
            order is placed.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <VariantPicker
            search={searchVariants}
            onSelect={addVariant}
            currency={currency}
            invalid={Boolean(linesError)}
          />
          {linesError ? (
            <p
              role="alert"
              data-field-error="lines"
              className="mt-2 text-xs font-medium text-danger-foreground"
            >
              {linesError}
            </p>
          ) : null}
        </CardContent>
        {fields.length === 0 ? (
          <p className="border-t border-border px-5 py-8 text-center text-sm text-muted-foreground">
            No items yet. Search above to add the first one.
          </p>
        ) : (
          <ul className="divide-y divide-border border-t border-border">
            {fields.map((field, i) => {
              const line = lines[i];
              const variant = line ? picked.get(line.variantId) : undefined;
              const level = line ? stock.byVariant.get(line.variantId) : undefined;
              return (
                <OrderLineRow
                  key={field.id}
                  index={i}
                  form={form}
                  variant={variant}
                  available={level?.available}
                  allowBackorder={level?.allowBackorder ?? variant?.allowBackorder ?? false}
                  totalMinor={preview.lines[i]?.totalMinor ?? 0}
                  currency={currency}
                  locationName={locationName}
                  onRemove={() => remove(i)}
                />
              );
            })}
          </ul>
        )}
      </Card>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <Card>
          <CardContent className="grid gap-5">
            <FormField
              label="Order discount"
              name="discount"
              hint="Spread over the lines in proportion to their value."
              error={errors.discount?.message}
            >
              <Input
                inputMode="decimal"
                placeholder="0.00"
                className="sm:max-w-40"
                {...register("discount")}
              />
            </FormField>
            <FormField
              label="Notes"
              name="notes"
              hint="Visible to your team only."
              error={errors.notes?.message}
            >
              <Textarea rows={3} maxLength={2000} {...register("notes")} />
            </FormField>
          </CardContent>
        </Card>
        <Card>
          <CardContent className="grid gap-5">
            <OrderSummary
              totals={preview}
              currency={currency}
              note="A preview: the order is priced again from the catalog when saved."
            />
            <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
              <Button
                type="submit"
                variant="secondary"
                loading={isPending && clicked === "draft"}
                disabled={isPending}
                onClick={() => choose("draft")}
              >
                Save draft
              </Button>
              <Button
                type="submit"
                loading={isPending && clicked === "place"}
                disabled={isPending}
                onClick={() => choose("place")}
              >
                {draft ? "Save and place order" : "Create order"}
              </Button>
            </div>
          </CardContent>
        </Card>
      </div>
    </form>
  );
}
