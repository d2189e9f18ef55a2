"use client";

import { useEffect, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { PackageSearch } from "lucide-react";
import { useActionForm } from "@/components/forms/use-action-form";
import { formatQty } from "@/components/inventory/format";
import { QuantityChange } from "@/components/inventory/stock-badges";
import { Pagination } from "@/components/tables/pagination";
import { TableToolbar } from "@/components/tables/table-toolbar";
import { useUrlState } from "@/components/tables/use-url-state";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { Textarea } from "@/components/ui/textarea";
import { stockCountSchema, wholeNumber } from "@/lib/inventory/schemas";
import { recordStockCountAction } from "../actions";

type Option = { value: string; label: string };
export type CountRow = {
  variantId: string;
  productName: string;
  optionValues: string[];
  sku: string;
  onHand: number;
};

const countedSchema = wholeNumber({ min: 0, label: "the counted quantity" });

/** "2026-03-01T14:05" for a datetime-local input, in the browser's time zone. */
function localNow() {
  const now = new Date();
  now.setMinutes(now.getMinutes() - now.getTimezoneOffset());
  return now.toISOString().slice(0, 16);
}

/**
 * Counts typed here survive paging and searching (they live in this component, keyed by
 * variant), so a long count can be done shelf by shelf and saved once.
 */
export function CountSheet(props: {
  locationId: string;
  locations: Option[];
  categories: Option[];
  rows: CountRow[];
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
  filtered: boolean;
}) {
  const router = useRouter();
  const { update } = useUrlState();
  const [entries, setEntries] = useState(new Map<string, CountRow & { counted: string }>());
  const { form, onSubmit, isPending, formError } = useActionForm({
    schema: stockCountSchema,
    action: recordStockCountAction,
    defaultValues: { locationId: props.locationId, lines: [], countedAt: "", note: "" },
    successMessage: (r) =>
      `Count saved: ${r.counted} counted, ${r.changed} ${r.changed === 1 ? "difference" : "differences"} recorded`,
    onSuccess: () => {
      setEntries(new Map());
      form.reset({ locationId: props.locationId, lines: [], countedAt: localNow(), note: "" });
      router.refresh();
    },
  });
  const { errors } = form.formState;

  useEffect(() => {
    if (!form.getValues("countedAt")) form.setValue("countedAt", localNow());
  }, [form]);

  const setCounted = (row: CountRow, counted: string) => {
    setEntries((current) => {
      const next = new Map(current);
      if (counted.trim() === "") next.delete(row.variantId);
      else next.set(row.variantId, { ...row, counted });
      return next;
    });
  };

  const entered = [...entries.values()];
  const parsed = entered.map((e) => ({ ...e, result: countedSchema.safeParse(e.counted) }));
  const invalid = parsed.filter((e) => !e.result.success).length;
  const differences = parsed.filter((e) => e.result.success && e.result.data !== e.onHand);

  const save = (event: FormEvent) => {
    form.setValue(
      "lines",
      entered.map((e) => ({ variantId: e.variantId, counted: e.counted })),
    );
    return onSubmit(event);
  };

  return (
    <div className="grid gap-6 xl:grid-cols-[1fr_22rem] xl:items-start">
      <div className="min-w-0">
        <div className="mb-3 flex flex-wrap items-center gap-2">
          <label className="flex items-center gap-2 text-sm font-medium">
            Location
            <Select
              wrapperClassName="w-auto min-w-44"
              value={props.locationId}
              onChange={(e) => {
                if (entries.size && !confirm("Switch location? Counts not yet saved will be lost."))
                  return;
                update({ location: e.target.value, q: null, category: null });
              }}
            >
              {props.locations.map((l) => (
                <option key={l.value} value={l.value}>
                  {l.label}
                </option>
              ))}
            </Select>
          </label>
        </div>
        <TableToolbar
          searchPlaceholder="Find product or SKU"
          filters={[{ name: "category", label: "Category", options: props.categories }]}
        />
        <Card className="pt-0 pb-0">
          {props.rows.length === 0 ? (
            <EmptyState
              icon={PackageSearch}
              title={props.filtered ? "Nothing matches" : "No products to count here"}
              description={
                props.filtered
                  ? "Try another search or category."
                  : "Products appear here once they are added to the catalog."
              }
            />
          ) : (
            <>
              <Table>
                <THead>
                  <TR className="hover:bg-transparent">
                    <TH>Product</TH>
                    <TH>SKU</TH>
                    <TH numeric>Expected</TH>
                    <TH numeric className="w-32">
                      Counted
                    </TH>
                    <TH numeric>Difference</TH>
                  </TR>
                </THead>
                <TBody>
                  {props.rows.map((row) => {
                    const value = entries.get(row.variantId)?.counted ?? "";
                    const result = value ? countedSchema.safeParse(value) : null;
                    return (
                      <TR key={row.variantId}>
                        <TD>
                          <span className="font-medium">{row.productName}</span>
                          {row.optionValues.length ? (
                            <span className="text-muted-foreground">
                              {" "}
                              — {row.optionValues.join(" / ")}
                            </span>
                          ) : null}
                        </TD>
                        <TD className="font-mono text-xs">{row.sku}</TD>
                        <TD numeric>{formatQty(row.onHand)}</TD>
                        <TD numeric>
                          <Input
                            aria-label={`Counted ${row.productName} ${row.optionValues.join(" / ")} (${row.sku})`}
                            inputMode="numeric"
                            autoComplete="off"
                            className="h-8 w-24 text-right tabular-nums"
                            value={value}
                            aria-invalid={result && !result.success ? true : undefined}
                            title={
                              result && !result.success
                                ? result.error.issues[0]?.message
                                : undefined
                            }
                            onChange={(e) => setCounted(row, e.target.value)}
                          />
                        </TD>
                        <TD numeric>
                          {result?.success ? (
                            <QuantityChange value={result.data - row.onHand} />
                          ) : result ? (
                            <span className="text-xs text-danger-foreground">Whole number</span>
                          ) : (
                            <span className="text-muted-foreground">—</span>
                          )}
                        </TD>
                      </TR>
                    );
                  })}
                </TBody>
              </Table>
              <Pagination
                page={props.page}
                pageSize={props.pageSize}
                pageCount={props.pageCount}
                total={props.total}
              />
            </>
          )}
        </Card>
      </div>

      <Card className="xl:sticky xl:top-6">
        <CardHeader>
          <CardTitle as="h2">Review and save</CardTitle>
          <CardDescription>
            {entered.length === 0
              ? "Type the quantity you count on the shelf next to each product."
              : `${entered.length} counted · ${differences.length} ${differences.length === 1 ? "difference" : "differences"}`}
          </CardDescription>
        </CardHeader>
        <CardContent>
          <form onSubmit={save} noValidate className="grid gap-4">
            {formError && !errors.countedAt && !errors.note ? (
              <Alert tone="danger">{formError}</Alert>
            ) : null}
            {differences.length > 0 ? (
              <ul className="grid max-h-64 gap-1.5 overflow-y-auto text-sm">
                {differences.map((d) => (
                  <li key={d.variantId} className="flex items-baseline justify-between gap-3">
                    <span className="min-w-0 truncate">
                      {d.productName}
                      {d.optionValues.length ? ` — ${d.optionValues.join(" / ")}` : ""}
                    </span>
                    <span className="shrink-0 text-xs text-muted-foreground tabular-nums">
                      {formatQty(d.onHand)} → {d.result.success ? formatQty(d.result.data) : "?"}{" "}
                      <QuantityChange value={(d.result.success ? d.result.data : 0) - d.onHand} />
                    </span>
                  </li>
                ))}
              </ul>
            ) : entered.length > 0 && invalid === 0 ? (
              <p className="text-sm text-muted-foreground">Everything counted matches the books.</p>
            ) : null}
            {invalid > 0 ? (
              <Alert tone="warning">
                {invalid} {invalid === 1 ? "count is" : "counts are"} not a whole number of zero or
                more.
              </Alert>
            ) : null}
            <FormField
              label="Counted at"
              name="countedAt"
              required
              error={errors.countedAt?.message}
            >
              <Input type="datetime-local" {...form.register("countedAt")} />
            </FormField>
            <FormField
              label="Note"
              name="note"
              hint="Optional, e.g. which aisles."
              error={errors.note?.message}
            >
              <Textarea rows={2} maxLength={500} {...form.register("note")} />
            </FormField>
            <p className="text-xs text-muted-foreground">
              Saving sets on hand to what you counted. Each difference is kept in the movement
              history as a count.
            </p>
            <Button
              type="submit"
              loading={isPending}
              disabled={entered.length === 0 || invalid > 0}
            >
              Save count
            </Button>
          </form>
        </CardContent>
      </Card>
    </div>
  );
}
