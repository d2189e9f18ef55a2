"use client";

import { useCallback } from "react";
import type { UseFormReturn } from "react-hook-form";
import { CustomerPicker, type PickedCustomer } from "@/components/orders/customer-picker";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { CHANNEL_LABELS } from "@/lib/orders/labels";
import type { OrderDraftInput } from "@/lib/orders/schemas";
import { SALES_CHANNELS } from "@/lib/orders/state-machine";
import { searchCustomersAction } from "./actions";
import type { OrderFormValues } from "./order-line-row";

/** Where the order ships from, how it was sold and to whom. */
export function OrderDetailsFields({
  form,
  locations,
  customer,
  onCustomerChange,
  disabled,
}: {
  form: UseFormReturn<OrderFormValues, unknown, OrderDraftInput>;
  locations: { id: string; name: string }[];
  customer: PickedCustomer | null;
  onCustomerChange: (customer: PickedCustomer | null) => void;
  disabled: boolean;
}) {
  const { register, setValue, formState } = form;
  const { errors } = formState;
  const searchCustomers = useCallback(async (q: string) => {
    const result = await searchCustomersAction({ q });
    return result.ok ? result.data : [];
  }, []);
  return (
    <Card>
      <input type="hidden" {...register("customerId")} />
      <CardHeader>
        <CardTitle as="h2">Order details</CardTitle>
        <CardDescription>
          Where the goods come from, how the sale was made and who bought.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5 sm:grid-cols-2">
        <FormField label="Location" name="locationId" required error={errors.locationId?.message}>
          <Select {...register("locationId")}>
            {locations.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField label="Channel" name="channel" error={errors.channel?.message}>
          <Select {...register("channel")}>
            {SALES_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {CHANNEL_LABELS[c]}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField
          label="Customer"
          name="customerId"
          className="sm:col-span-2"
          hint="Optional. Orders with a customer count towards their history and lifetime value."
          error={errors.customerId?.message}
        >
          {(control) => (
            <CustomerPicker
              id={control.id}
              value={customer}
              search={searchCustomers}
              disabled={disabled}
              onChange={(next) => {
                onCustomerChange(next);
                setValue("customerId", next?.id ?? "");
              }}
            />
          )}
        </FormField>
      </CardContent>
    </Card>
  );
}
