"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { useFieldArray, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult } from "@/lib/actions/result";
import { productFormSchema } from "@/lib/catalog/schemas";
import { cartesian } from "@/lib/catalog/variant-grid";
import { createProductAction, updateProductAction } from "../actions";
import { defaultsFor, type EditableProduct } from "./form-values";
import { OptionsEditor } from "./options-editor";
import { comboKey, missingCombos, useVariantGrid } from "./use-variant-grid";
import { VariantsEditor } from "./variants-editor";

type Choice = { id: string; name: string; archived: boolean };

export interface ProductFormProps {
  currency: string;
  categories: Choice[];
  suppliers: Choice[];
  /** The product to edit; omit to create one. */
  product?: EditableProduct;
}

/** Choices for a select: active ones, plus the archived one the product already has. */
const choicesFor = (list: Choice[], current: string | null | undefined) =>
  list.filter((c) => !c.archived || c.id === current);

export function ProductForm({ currency, categories, suppliers, product }: ProductFormProps) {
  const router = useRouter();
  const defaultValues = useMemo(() => defaultsFor(product, currency), [product, currency]);
  const { form, onSubmit, isPending, formError } = useActionForm({
    schema: productFormSchema,
    action: (values): Promise<ActionResult<{ id: string }>> =>
      product
        ? updateProductAction({ ...values, productId: product.id })
        : createProductAction(values),
    defaultValues,
    // Rows appear as options are typed; judging them before the first save would be noise.
    mode: "onSubmit",
    errorDisplay: "inline",
    onSuccess: (data, values) => {
      toast.success(product ? `Changes to “${values.name}” saved` : `“${values.name}” created`);
      router.push(`/products/${data.id}`);
    },
  });
  const options = useFieldArray({ control: form.control, name: "options" });
  const variants = useFieldArray({ control: form.control, name: "variants" });
  const grid = useVariantGrid({
    form,
    optionKeys: options.fields.map((f) => f.id),
    variants,
    initiallyExcluded: useMemo(
      () => missingCombos(defaultValues.options ?? [], defaultValues.variants),
      [defaultValues],
    ),
  });
  const optionRows = useWatch({ control: form.control, name: "options" }) ?? [];
  const optionNames = grid.valuesByOption.map(
    (o) => optionRows[options.fields.findIndex((f) => f.id === o.key)]?.name?.trim() || "Option",
  );
  const allowedCombos = new Set(cartesian(grid.valuesByOption.map((o) => o.values)).map(comboKey));
  const { errors } = form.formState;
  const showFormError = formError && Object.keys(errors).length === 0;
  const cancelHref = product ? `/products/${product.id}` : "/products";

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-6">
      <Card>
        <CardHeader>
          <CardTitle as="h2">Details</CardTitle>
          <CardDescription>What the product is and where it comes from.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-5 sm:grid-cols-2">
          <FormField
            label="Name"
            name="name"
            required
            error={errors.name?.message}
            className="sm:col-span-2"
          >
            <Input
              autoComplete="off"
              placeholder="e.g. Linen shirt"
              maxLength={160}
              disabled={isPending}
              {...form.register("name")}
            />
          </FormField>
          <FormField
            label="Description"
            name="description"
            error={errors.description?.message}
            className="sm:col-span-2"
          >
            <Textarea
              rows={3}
              placeholder="Optional: materials, care, anything staff should know."
              disabled={isPending}
              {...form.register("description")}
            />
          </FormField>
          <FormField label="Category" name="categoryId" error={errors.categoryId?.message}>
            <Select disabled={isPending} {...form.register("categoryId")}>
              <option value="">No category</option>
              {choicesFor(categories, product?.categoryId).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.archived ? `${c.name} (archived)` : c.name}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField label="Supplier" name="supplierId" error={errors.supplierId?.message}>
            <Select disabled={isPending} {...form.register("supplierId")}>
              <option value="">No supplier</option>
              {choicesFor(suppliers, product?.supplierId).map((s) => (
                <option key={s.id} value={s.id}>
                  {s.archived ? `${s.name} (archived)` : s.name}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField
            label="Status"
            name="status"
            hint="Archived products leave order and stock forms but keep their history."
            error={errors.status?.message}
          >
            <Select disabled={isPending} {...form.register("status")}>
              <option value="ACTIVE">Active</option>
              <option value="ARCHIVED">Archived</option>
            </Select>
          </FormField>
          <div className="self-center pt-1 sm:pt-5">
            <Checkbox
              label="Allow backorders"
              description="Orders may take more than is in stock; the shortfall is recorded as a backorder."
              disabled={isPending}
              {...form.register("allowBackorder")}
            />
          </div>
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle as="h2">Options</CardTitle>
          <CardDescription>
            Sizes, colours or materials the product comes in. Every combination becomes a variant.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <OptionsEditor form={form} options={options} disabled={isPending} />
        </CardContent>
      </Card>

      <Card className="pb-0">
        <CardHeader>
          <CardTitle as="h2">
            Variants{" "}
            <span className="font-normal text-muted-foreground tabular-nums">
              {variants.fields.length}
            </span>
          </CardTitle>
          <CardDescription>
            Each variant has its own SKU, barcode, price and cost. SKUs and barcodes must be unique
            across your catalogue.
            {grid.excludedCount > 0 ? (
              <>
                {" "}
                {grid.excludedCount} combination{grid.excludedCount === 1 ? " is" : "s are"} left
                out.{" "}
                <button
                  type="button"
                  className="font-medium text-accent-soft-foreground hover:underline"
                  onClick={grid.includeAll}
                >
                  Add {grid.excludedCount === 1 ? "it" : "them"} back
                </button>
              </>
            ) : null}
          </CardDescription>
        </CardHeader>
        <CardContent flush>
          <VariantsEditor
            form={form}
            variants={variants}
            optionNames={optionNames}
            allowedCombos={allowedCombos}
            currency={currency}
            onExclude={grid.exclude}
            markNew={Boolean(product)}
            disabled={isPending}
          />
        </CardContent>
      </Card>

      {/* Stays in reach while scrolling a long variant grid. */}
      <div className="sticky bottom-0 z-10 -mx-4 border-t border-border bg-background/90 px-4 py-3 backdrop-blur sm:-mx-6 sm:px-6 lg:-mx-8 lg:px-8">
        <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-end">
          {showFormError ? (
            <Alert tone="danger" className="sm:mr-auto">
              {formError}
            </Alert>
          ) : Object.keys(errors).length > 0 ? (
            <p role="status" className="text-sm font-medium text-danger-foreground sm:mr-auto">
              Some fields need your attention.
            </p>
          ) : null}
          <div className="flex gap-2">
            <Link href={cancelHref} className={buttonClasses({ variant: "secondary" })}>
              Cancel
            </Link>
            <Button type="submit" loading={isPending}>
              {product ? "Save changes" : "Create product"}
            </Button>
          </div>
        </div>
      </div>
    </form>
  );
}
