"use client";

import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { forgotPasswordSchema } from "@/lib/auth/schemas";
import { forgotPasswordAction } from "../actions";

export function ForgotPasswordForm() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { form, onSubmit, isPending, formError } = useActionForm({
    schema: forgotPasswordSchema,
    action: forgotPasswordAction,
    defaultValues: { email: "" },
    errorDisplay: "inline",
    onSuccess: (_data, values) => setSentTo(values.email),
  });
  if (sentTo) {
    return (
      <Alert tone="success" title="Check your inbox">
        We&apos;ve emailed {sentTo} with what to do next. A reset link works once, within 30
        minutes.
      </Alert>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      {formError ? <Alert tone="danger">{formError}</Alert> : null}
      <FormField label="Email" name="email" error={form.formState.errors.email?.message}>
        <Input type="email" autoComplete="email" autoFocus {...form.register("email")} />
      </FormField>
      <Button type="submit" loading={isPending} className="w-full">
        Send reset link
      </Button>
    </form>
  );
}
