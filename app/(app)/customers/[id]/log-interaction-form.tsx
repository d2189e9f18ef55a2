"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { CHANNELS } from "@/components/customers/interaction-channels";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { INTERACTION_CHANNELS, interactionInputSchema } from "@/lib/customers/schemas";
import { logInteractionAction } from "../actions";

/** Logs a call, email, chat or visit; the time defaults to now. */
export function LogInteractionForm({ customerId }: { customerId: string }) {
  const { form, onSubmit, isPending } = useActionForm({
    schema: interactionInputSchema,
    action: (values) => logInteractionAction({ ...values, customerId }),
    defaultValues: { channel: "PHONE", summary: "", occurredAt: "" },
    successMessage: "Interaction logged",
    resetOnSuccess: true,
  });
  const { errors } = form.formState;

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="grid gap-3 rounded-lg border border-border bg-muted/40 p-4"
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField label="Channel" name="channel" error={errors.channel?.message}>
          <Select {...form.register("channel")}>
            {INTERACTION_CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {CHANNELS[channel].label}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField
          label="When"
          name="occurredAt"
          hint="Leave empty for now."
          error={errors.occurredAt?.message}
        >
          <Input type="datetime-local" {...form.register("occurredAt")} />
        </FormField>
      </div>
      <FormField label="What happened" name="summary" required error={errors.summary?.message}>
        <Textarea
          rows={3}
          placeholder="Called about the late delivery; promised a refund of postage."
          {...form.register("summary")}
        />
      </FormField>
      <div className="flex justify-end">
        <Button type="submit" size="sm" loading={isPending}>
          Log interaction
        </Button>
      </div>
    </form>
  );
}
