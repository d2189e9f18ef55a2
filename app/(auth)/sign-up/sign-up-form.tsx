"use client";

import { useState } from "react";
import { MailCheck } from "lucide-react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { signUpSchema } from "@/lib/auth/schemas";
import { signUpAction } from "../actions";

export function SignUpForm() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { form, onSubmit, isPending, formError } = useActionForm({
    schema: signUpSchema,
    action: signUpAction,
    defaultValues: { name: "", organizationName: "", email: "", password: "" },
    errorDisplay: "inline",
    onSuccess: (_data, values) => setSentTo(values.email),
  });
  const { errors } = form.formState;
  if (sentTo) {
    return (
      <Alert tone="success" title="Check your email">
        <span className="flex items-start gap-2">
          <MailCheck aria-hidden className="mt-0.5 size-4 shrink-0" />
          We&apos;ve sent a message to {sentTo}. Follow the link in it to confirm your address and
          finish creating your shop. It works once, within 24 hours.
        </span>
      </Alert>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      {formError ? <Alert tone="danger">{formError}</Alert> : null}
      <FormField label="Your name" name="name" error={errors.name?.message}>
        <Input autoComplete="name" autoFocus {...form.register("name")} />
      </FormField>
      <FormField label="Shop name" name="organizationName" error={errors.organizationName?.message}>
        <Input autoComplete="organization" {...form.register("organizationName")} />
      </FormField>
      <FormField label="Work email" name="email" error={errors.email?.message}>
        <Input type="email" autoComplete="email" {...form.register("email")} />
      </FormField>
      <FormField
        label="Password"
        name="password"
        hint="At least 10 characters."
        error={errors.password?.message}
      >
        <Input type="password" autoComplete="new-password" {...form.register("password")} />
      </FormField>
      <Button type="submit" loading={isPending} className="w-full">
        Create account
      </Button>
    </form>
  );
}
