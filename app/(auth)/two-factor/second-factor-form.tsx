"use client";

import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { secondFactorSchema } from "@/lib/auth/two-factor/schemas";
import { completeTwoFactorSignInAction } from "./actions";

/** The second sign-in step: an app code, or a recovery code in the same field. */
export function SecondFactorForm() {
  const router = useRouter();
  const { form, onSubmit, isPending, formError } = useActionForm({
    schema: secondFactorSchema,
    action: completeTwoFactorSignInAction,
    defaultValues: { code: "" },
    errorDisplay: "inline",
    mode: "onSubmit",
    onSuccess: () => {
      router.replace("/");
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      {formError ? <Alert tone="danger">{formError}</Alert> : null}
      <FormField
        label="Authentication code"
        name="code"
        hint="Lost your phone? Enter one of your recovery codes instead."
        error={form.formState.errors.code?.message}
      >
        <Input
          autoComplete="one-time-code"
          autoFocus
          spellCheck={false}
          {...form.register("code")}
        />
      </FormField>
      <Button type="submit" loading={isPending} className="w-full">
        Verify
      </Button>
    </form>
  );
}
