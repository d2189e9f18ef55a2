"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { organizationSettingsSchema } from "@/lib/organizations/schemas";
import { updateOrganizationAction } from "./actions";

type Values = { name: string; currency: string; timezone: string };

export function OrganizationForm({
  defaultValues,
  currencies,
  timeZones,
}: {
  defaultValues: Values;
  currencies: string[];
  timeZones: string[];
}) {
  const { form, onSubmit, isPending } = useActionForm({
    schema: organizationSettingsSchema,
    action: updateOrganizationAction,
    defaultValues,
    successMessage: "Organisation settings saved.",
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <FormField label="Shop name" name="name" error={errors.name?.message}>
        <Input {...form.register("name")} />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="Currency" name="currency" error={errors.currency?.message}>
          <Select {...form.register("currency")}>
            {currencies.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </Select>
        </FormField>
        <FormField label="Time zone" name="timezone" error={errors.timezone?.message}>
          <Select {...form.register("timezone")}>
            {timeZones.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </Select>
        </FormField>
      </div>
      <div>
        <Button type="submit" loading={isPending}>
          Save changes
        </Button>
      </div>
    </form>
  );
}
