"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { formatQty } from "@/components/inventory/format";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardFooter,
  CardHeader,
  CardTitle,
} from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { receivePurchaseOrderSchema } from "@/lib/inventory/purchase-order-schemas";
import { receivePurchaseOrderAction } from "../../actions";

type Line = { id: string; name: string; sku: string; openQty: number };

/** Receive some or all of what is still expected, line by line. */
export function ReceivePurchaseOrderForm({
  purchaseOrderId,
  locationName,
  lines,
}: {
  purchaseOrderId: string;
  locationName: string;
  lines: Line[];
}) {
  const blank = lines.map((l) => ({ lineId: l.id, quantity: "0" }));
  const { form, onSubmit, isPending, formError } = useActionForm({
    schema: receivePurchaseOrderSchema,
    action: receivePurchaseOrderAction,
    defaultValues: { purchaseOrderId, lines: blank, note: "" },
    successMessage: (r) =>
      r.status === "RECEIVED" ? "Everything on this order has arrived" : "Delivery received",
    resetOnSuccess: true,
  });
  const { errors } = form.formState;
  const linesError = errors.lines?.message ?? errors.lines?.root?.message;
  const fillAll = () =>
    lines.forEach((l, i) =>
      form.setValue(`lines.${i}.quantity`, String(l.openQty), {
        shouldValidate: form.formState.isSubmitted,
      }),
    );
  const showFormError = formError && Object.keys(errors).length === 0;

  return (
    <Card className="pb-0">
      <CardHeader
        actions={
          <Button type="button" variant="secondary" size="sm" onClick={fillAll}>
            Fill in everything open
          </Button>
        }
      >
        <CardTitle as="h2">Receive delivery</CardTitle>
        <CardDescription>Stock is added at {locationName} as you receive it.</CardDescription>
      </CardHeader>
      <form onSubmit={onSubmit} noValidate>
        {showFormError ? (
          <CardContent className="pb-4">
            <Alert tone="danger">{formError}</Alert>
          </CardContent>
        ) : null}
        <CardContent flush>
          <Table containerClassName="border-t border-border">
            <THead>
              <TR className="hover:bg-transparent">
                <TH>Product</TH>
                <TH numeric>Open</TH>
                <TH numeric className="w-36">
                  Receiving now
                </TH>
              </TR>
            </THead>
            <TBody>
              {lines.map((l, i) => (
                <TR key={l.id} className="align-top">
                  <TD>
                    <span className="block font-medium">{l.name}</span>
                    <span className="font-mono text-xs text-muted-foreground">{l.sku}</span>
                  </TD>
                  <TD numeric className="pt-3.5">
                    {formatQty(l.openQty)}
                  </TD>
                  <TD numeric>
                    <FormField
                      className="ml-auto max-w-36 text-left whitespace-normal"
                      label={`Receiving now: ${l.name}`}
                      hideLabel
                      name={`lines.${i}.quantity`}
                      error={errors.lines?.[i]?.quantity?.message}
                    >
                      <Input
                        inputMode="numeric"
                        autoComplete="off"
                        disabled={l.openQty === 0}
                        className="h-8 text-right tabular-nums"
                        {...form.register(`lines.${i}.quantity`)}
                      />
                    </FormField>
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        </CardContent>
        <CardContent className="grid gap-3 border-t border-border py-4">
          {linesError ? (
            <p role="alert" className="text-xs font-medium text-danger-foreground">
              {linesError}
            </p>
          ) : null}
          <FormField
            label="Note"
            name="note"
            hint="Optional, e.g. the delivery note number."
            error={errors.note?.message}
          >
            <Input autoComplete="off" maxLength={500} {...form.register("note")} />
          </FormField>
        </CardContent>
        <CardFooter className="py-4">
          <Button type="submit" loading={isPending}>
            Receive stock
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
