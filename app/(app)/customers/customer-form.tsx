"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { Controller } from "react-hook-form";
import { useActionForm } from "@/components/forms/use-action-form";
import { TagsInput } from "@/components/customers/tags-input";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult } from "@/lib/actions/result";
import { customerInputSchema, type CustomerFormValues } from "@/lib/customers/schemas";
import { parseTags } from "@/lib/customers/tags";
import { createCustomerAction, updateCustomerAction } from "./actions";
import { AddressFields, type CountryOption } from "./address-fields";

export interface CustomerFormProps {
  /** The customer being edited; omit to create one. */
  customerId?: string;
  defaultValues: CustomerFormValues;
  /** "Given 3 Mar 2025" for a customer who already consented. */
  consentNote?: string | null;
  countries: CountryOption[];
  defaultCountry: string;
  tagSuggestions: string[];
}

export function CustomerForm({
  customerId,
  defaultValues,
  consentNote,
  countries,
  defaultCountry,
  tagSuggestions,
}: CustomerFormProps) {
  const router = useRouter();
  const cancelHref = customerId ? `/customers/${customerId}` : "/customers";
  const { form, onSubmit, isPending, formError } = useActionForm({
    schema: customerInputSchema,
    action: (values): Promise<ActionResult<{ id: string }>> =>
      customerId ? updateCustomerAction({ ...values, customerId }) : createCustomerAction(values),
    defaultValues,
    errorDisplay: "inline",
    successMessage: customerId ? "Customer saved" : "Customer added",
    onSuccess: ({ id }) => router.push(`/customers/${id}`),
  });
  const { errors } = form.formState;
  const consent = form.watch("marketingConsent") === true;

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-6">
      {formError ? <Alert tone="danger">{formError}</Alert> : null}
      <Card>
        <CardHeader>
          <CardTitle as="h2">Contact</CardTitle>
          <CardDescription>
            A name, company or email is enough. Emails are unique within your shop.
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4 sm:grid-cols-2">
          <FormField label="First name" name="firstName" error={errors.firstName?.message}>
            <Input autoComplete="off" maxLength={100} {...form.register("firstName")} />
          </FormField>
          <FormField label="Last name" name="lastName" error={errors.lastName?.message}>
            <Input autoComplete="off" maxLength={100} {...form.register("lastName")} />
          </FormField>
          <FormField label="Email" name="email" error={errors.email?.message}>
            <Input type="email" autoComplete="off" {...form.register("email")} />
          </FormField>
          <FormField label="Phone" name="phone" error={errors.phone?.message}>
            <Input type="tel" autoComplete="off" {...form.register("phone")} />
          </FormField>
          <FormField
            label="Company"
            name="company"
            error={errors.company?.message}
            className="sm:col-span-2"
          >
            <Input autoComplete="off" maxLength={200} {...form.register("company")} />
          </FormField>
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle as="h2">Tags</CardTitle>
          <CardDescription>
            Group customers for filtering, e.g. “vip” or “wholesale”.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <Controller
            control={form.control}
            name="tags"
            render={({ field }) => (
              <FormField
                label="Tags"
                name="tags"
                hideLabel
                hint="Press Enter or comma to add a tag, Backspace to remove the last one."
                error={errors.tags?.message}
              >
                <TagsInput
                  value={Array.isArray(field.value) ? field.value : parseTags(field.value ?? "")}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  inputRef={field.ref}
                  suggestions={tagSuggestions}
                  disabled={isPending}
                />
              </FormField>
            )}
          />
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle as="h2">Marketing consent</CardTitle>
          <CardDescription>
            Only customers who agreed may receive marketing. Record how they agreed.
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          <Checkbox
            label="Agreed to receive marketing"
            description={consentNote ?? "The date is recorded when you save."}
            {...form.register("marketingConsent")}
          />
          <FormField
            label="How consent was given"
            name="consentSource"
            required={consent}
            hint="For example “checkout checkbox” or “in store, verbal”."
            error={errors.consentSource?.message}
            className="sm:max-w-md"
          >
            <Input autoComplete="off" disabled={!consent} {...form.register("consentSource")} />
          </FormField>
        </CardContent>
      </Card>

      <AddressFields form={form} countries={countries} defaultCountry={defaultCountry} />

      <Card>
        <CardHeader>
          <CardTitle as="h2">Notes</CardTitle>
        </CardHeader>
        <CardContent>
          <FormField label="Notes" name="notes" hideLabel error={errors.notes?.message}>
            <Textarea
              rows={4}
              placeholder="Sizes, preferences, anything the team should know."
              {...form.register("notes")}
            />
          </FormField>
        </CardContent>
      </Card>

      <div className="flex justify-end gap-2">
        <Link href={cancelHref} className={buttonClasses({ variant: "secondary" })}>
          Cancel
        </Link>
        <Button type="submit" loading={isPending}>
          {customerId ? "Save changes" : "Add customer"}
        </Button>
      </div>
    </form>
  );
}
