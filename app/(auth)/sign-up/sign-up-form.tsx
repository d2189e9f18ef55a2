"use client";

import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { signUpSchema } from "@/lib/auth/schemas";
import { signUpAction } from "../actions";

export function SignUpForm() {
  const router = useRouter();
  const { form, onSubmit, isPending, formError } = useActionForm({
    schema: signUpSchema,
    action: signUpAction,
    defaultValues: { name: "", organizationName: "", email: "", password: "" },
    errorDisplay: "inline",
    onSuccess: () => {
      router.replace("/");
      router.refresh();
    },
  });
  const { errors } = form.formState;
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
