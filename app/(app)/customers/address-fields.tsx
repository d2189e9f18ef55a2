"use client";

import { MapPin, Plus, Trash2 } from "lucide-react";
import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { EmptyState } from "@/components/ui/empty-state";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { CustomerFormValues, CustomerInput } from "@/lib/customers/schemas";

export type CountryOption = { code: string; name: string };

type CustomerForm = UseFormReturn<CustomerFormValues, unknown, CustomerInput>;

export function blankAddress(country: string) {
  return {
    label: "",
    line1: "",
    line2: "",
    city: "",
    region: "",
    postalCode: "",
    country,
    isDefault: false,
  };
}

/** The customer's addresses: add, remove, and pick the one default. */
export function AddressFields({
  form,
  countries,
  defaultCountry,
}: {
  form: CustomerForm;
  countries: CountryOption[];
  defaultCountry: string;
}) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "addresses" });
  const errors = form.formState.errors.addresses;

  // Only one default: ticking one unticks the others, as a radio group would.
  const makeDefault = (index: number, checked: boolean) => {
    fields.forEach((_, i) => {
      form.setValue(`addresses.${i}.isDefault`, i === index ? checked : false, {
        shouldDirty: true,
      });
    });
  };

  const add = () => {
    const previous = form.getValues(`addresses.${fields.length - 1}.country`);
    append(blankAddress(typeof previous === "string" && previous ? previous : defaultCountry), {
      shouldFocus: true,
    });
  };

  return (
    <Card>
      <CardHeader
        actions={
          <Button type="button" variant="secondary" size="sm" onClick={add}>
            <Plus aria-hidden /> Add address
          </Button>
        }
      >
        <CardTitle as="h2">Addresses</CardTitle>
        <CardDescription>The default address is offered first on new orders.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {fields.length === 0 ? (
          <EmptyState
            bordered
            icon={MapPin}
            title="No addresses"
            description="Add one for deliveries and invoices."
            className="py-8"
          />
        ) : null}
        {fields.map((field, i) => {
          const e = errors?.[i];
          return (
            <fieldset
              key={field.id}
              className="grid gap-4 rounded-lg border border-border p-4 sm:grid-cols-6"
            >
              <legend className="sr-only">Address {i + 1}</legend>
              <FormField
                label="Label"
                name={`addresses.${i}.label`}
                error={e?.label?.message}
                className="sm:col-span-2"
              >
                <Input placeholder="Home, Work…" {...form.register(`addresses.${i}.label`)} />
              </FormField>
              <div className="flex items-end justify-between gap-3 sm:col-span-4">
                <div className="grid gap-1 pb-2">
                  <Checkbox
                    label="Default address"
                    checked={form.watch(`addresses.${i}.isDefault`) === true}
                    onChange={(event) => makeDefault(i, event.target.checked)}
                    aria-invalid={e?.isDefault ? true : undefined}
                  />
                  {e?.isDefault?.message ? (
                    <p role="alert" className="text-xs font-medium text-danger-foreground">
                      {e.isDefault.message}
                    </p>
                  ) : null}
                </div>
                <Button
                  type="button"
                  variant="ghost"
                  size="sm"
                  onClick={() => remove(i)}
                  aria-label={`Remove address ${i + 1}`}
                >
                  <Trash2 aria-hidden /> Remove
                </Button>
              </div>
              <FormField
                label="Address line 1"
                name={`addresses.${i}.line1`}
                required
                error={e?.line1?.message}
                className="sm:col-span-3"
              >
                <Input {...form.register(`addresses.${i}.line1`)} />
              </FormField>
              <FormField
                label="Address line 2"
                name={`addresses.${i}.line2`}
                error={e?.line2?.message}
                className="sm:col-span-3"
              >
                <Input {...form.register(`addresses.${i}.line2`)} />
              </FormField>
              <FormField
                label="Town or city"
                name={`addresses.${i}.city`}
                required
                error={e?.city?.message}
                className="sm:col-span-2"
              >
                <Input {...form.register(`addresses.${i}.city`)} />
              </FormField>
              <FormField
                label="County, state or region"
                name={`addresses.${i}.region`}
                error={e?.region?.message}
                className="sm:col-span-2"
              >
                <Input {...form.register(`addresses.${i}.region`)} />
              </FormField>
              <FormField
                label="Postcode"
                name={`addresses.${i}.postalCode`}
                error={e?.postalCode?.message}
                className="sm:col-span-2"
              >
                <Input {...form.register(`addresses.${i}.postalCode`)} />
              </FormField>
              <FormField
                label="Country"
                name={`addresses.${i}.country`}
                required
                error={e?.country?.message}
                className="sm:col-span-3"
              >
                <Select {...form.register(`addresses.${i}.country`)}>
                  <option value="">Choose a country…</option>
                  {countries.map((c) => (
                    <option key={c.code} value={c.code}>
                      {c.name}
                    </option>
                  ))}
                </Select>
              </FormField>
            </fieldset>
          );
        })}
      </CardContent>
    </Card>
  );
}
