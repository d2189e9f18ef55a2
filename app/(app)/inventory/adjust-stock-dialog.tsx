"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { formatQty } from "@/components/inventory/format";
import { LevelSummary } from "@/components/inventory/level-summary";
import { Alert } from "@/components/ui/alert";
import { Dialog, DialogFormFooter } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { LevelRow } from "@/lib/inventory/list-levels";
import {
  ADJUSTMENT_REASON_LABELS,
  ADJUSTMENT_REASONS,
  adjustStockSchema,
} from "@/lib/inventory/schemas";
import { adjustStockAction } from "./actions";

export interface StockDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  level: LevelRow;
}

export function AdjustStockDialog({ open, onOpenChange, level }: StockDialogProps) {
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Adjust stock"
      description="Correct on-hand stock for damage, loss, finds or miscounts. Every adjustment is kept in the movement history with its reason."
    >
      <AdjustStockForm level={level} onDone={() => onOpenChange(false)} />
    </Dialog>
  );
}

function AdjustStockForm({ level, onDone }: { level: LevelRow; onDone: () => void }) {
  const { form, onSubmit, isPending, formError } = useActionForm({
    schema: adjustStockSchema,
    action: adjustStockAction,
    defaultValues: {
      variantId: level.variantId,
      locationId: level.locationId,
      quantity: "",
      note: "",
    },
    successMessage: (data) => `Stock adjusted: ${formatQty(data.onHand ?? 0)} now on hand`,
    onSuccess: onDone,
  });
  const { errors } = form.formState;
  const change = Number(form.watch("quantity"));
  const reason = form.watch("reason");
  const preview = Number.isInteger(change) && change !== 0 ? level.onHand + change : null;
  const showFormError = formError && Object.keys(errors).length === 0;

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <LevelSummary {...level} />
      {showFormError ? <Alert tone="danger">{formError}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          label="Change"
          name="quantity"
          required
          hint="Use a minus sign to take stock out, e.g. -3."
          error={errors.quantity?.message}
        >
          <Input
            inputMode="numeric"
            autoComplete="off"
            placeholder="e.g. -2"
            {...form.register("quantity")}
          />
        </FormField>
        <FormField label="Reason" name="reason" required error={errors.reason?.message}>
          <Select defaultValue="" {...form.register("reason")}>
            <option value="" disabled>
              Choose a reason
            </option>
            {ADJUSTMENT_REASONS.map((r) => (
              <option key={r} value={r}>
                {ADJUSTMENT_REASON_LABELS[r]}
              </option>
            ))}
          </Select>
        </FormField>
      </div>
      <FormField
        label="Note"
        name="note"
        required={reason === "other"}
        hint={
          reason === "other"
            ? "Say what happened."
            : "Optional, e.g. which delivery or who noticed."
        }
        error={errors.note?.message}
      >
        <Textarea rows={2} maxLength={500} {...form.register("note")} />
      </FormField>
      <p className="text-sm text-muted-foreground" aria-live="polite">
        On hand after:{" "}
        {preview === null ? (
          "—"
        ) : (
          <span
            className={
              preview < 0 ? "font-medium text-danger-foreground" : "font-medium text-foreground"
            }
          >
            {formatQty(level.onHand)} → {formatQty(preview)}
          </span>
        )}
      </p>
      <DialogFormFooter onCancel={onDone} pending={isPending} submitLabel="Save adjustment" />
    </form>
  );
}
