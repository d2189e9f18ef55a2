"use client";

import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { createOrganizationSchema } from "@/lib/organizations/schemas";
import { createOrganizationAction } from "../(app)/actions";

export function CreateOrganizationForm() {
  const router = useRouter();
  const { form, onSubmit, isPending } = useActionForm({
    schema: createOrganizationSchema,
    action: createOrganizationAction,
    defaultValues: { name: "" },
    onSuccess: () => {
      router.replace("/");
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <FormField label="Shop name" name="name" error={form.formState.errors.name?.message}>
        <Input autoFocus {...form.register("name")} />
      </FormField>
      <Button type="submit" loading={isPending} className="w-full">
        Create organisation
      </Button>
    </form>
  );
}
