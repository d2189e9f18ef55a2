"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { acceptInvitationAsNewUserSchema } from "@/lib/team/schemas";
import { acceptInvitationAction, acceptInvitationAsNewUserAction } from "./actions";

export function AcceptInvitation({ token, orgName }: { token: string; orgName: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      className="w-full"
      loading={pending}
      onClick={() =>
        startTransition(async () => {
          const result = await acceptInvitationAction({ token });
          if (!result.ok) {
            toast.error(result.error);
            return;
          }
          toast.success(`Welcome to ${orgName}.`);
          router.replace("/");
          router.refresh();
        })
      }
    >
      Accept invitation
    </Button>
  );
}

export function JoinAsNewUser({ token, email }: { token: string; email: string }) {
  const router = useRouter();
  const { form, onSubmit, isPending, formError } = useActionForm({
    schema: acceptInvitationAsNewUserSchema,
    action: acceptInvitationAsNewUserAction,
    defaultValues: { token, name: "", password: "" },
    errorDisplay: "inline",
    onSuccess: (data) => {
      toast.success(`Welcome to ${data.orgName}.`);
      router.replace("/");
      router.refresh();
    },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      {formError ? <Alert tone="danger">{formError}</Alert> : null}
      <FormField label="Email" name="email">
        <Input value={email} readOnly disabled />
      </FormField>
      <FormField label="Your name" name="name" error={errors.name?.message}>
        <Input autoComplete="name" autoFocus {...form.register("name")} />
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
        Create account and join
      </Button>
    </form>
  );
}
