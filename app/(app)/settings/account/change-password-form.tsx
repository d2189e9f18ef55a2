"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { changePasswordSchema } from "@/lib/auth/account-schemas";
import { changePasswordAction } from "./account-actions";

const EMPTY = { currentPassword: "", password: "", confirmPassword: "" };

export function ChangePasswordForm({ hasPassword }: { hasPassword: boolean }) {
  const { form, onSubmit, isPending, formError } = useActionForm({
    schema: changePasswordSchema,
    action: changePasswordAction,
    defaultValues: EMPTY,
    errorDisplay: "inline",
    resetOnSuccess: true,
    successMessage: ({ signedOut }) =>
      signedOut > 0
        ? `Password changed. ${signedOut === 1 ? "1 other browser was" : `${signedOut} other browsers were`} signed out.`
        : "Password changed.",
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 text-sm">
      {formError ? <Alert tone="danger">{formError}</Alert> : null}
      {hasPassword ? (
        <FormField
          label="Current password"
          name="currentPassword"
          error={errors.currentPassword?.message}
        >
          <Input
            type="password"
            autoComplete="current-password"
            {...form.register("currentPassword")}
          />
        </FormField>
      ) : null}
      <FormField
        label="New password"
        name="password"
        hint="At least 10 characters."
        error={errors.password?.message}
      >
        <Input type="password" autoComplete="new-password" {...form.register("password")} />
      </FormField>
      <FormField
        label="Repeat the new password"
        name="confirmPassword"
        error={errors.confirmPassword?.message}
      >
        <Input type="password" autoComplete="new-password" {...form.register("confirmPassword")} />
      </FormField>
      <div>
        <Button type="submit" loading={isPending}>
          {hasPassword ? "Change password" : "Set password"}
        </Button>
      </div>
    </form>
  );
}
