"use client";

import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { resetPasswordSchema } from "@/lib/auth/schemas";
import { resetPasswordAction } from "../actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const router = useRouter();
  const { form, onSubmit, isPending, formError } = useActionForm({
    schema: resetPasswordSchema,
    action: resetPasswordAction,
    defaultValues: { token, password: "", confirmPassword: "" },
    errorDisplay: "inline",
    onSuccess: (data) => router.replace(`/sign-in?reset=1&email=${encodeURIComponent(data.email)}`),
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      {formError ? <Alert tone="danger">{formError}</Alert> : null}
      <input type="hidden" {...form.register("token")} />
      <FormField
        label="New password"
        name="password"
        hint="At least 10 characters."
        error={errors.password?.message}
      >
        <Input
          type="password"
          autoComplete="new-password"
          autoFocus
          {...form.register("password")}
        />
      </FormField>
      <FormField
        label="Repeat the new password"
        name="confirmPassword"
        error={errors.confirmPassword?.message}
      >
        <Input type="password" autoComplete="new-password" {...form.register("confirmPassword")} />
      </FormField>
      <Button type="submit" loading={isPending} className="w-full">
        Set new password
      </Button>
    </form>
  );
}
