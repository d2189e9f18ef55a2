"use client";

import { Plus, X } from "lucide-react";
import type { UseFieldArrayReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { MAX_OPTIONS, type ProductFormValues } from "@/lib/catalog/schemas";
import type { ProductForm } from "./use-variant-grid";

const PLACEHOLDERS = [
  { name: "Size", values: "S, M, L" },
  { name: "Colour", values: "Black, White" },
  { name: "Material", values: "Cotton, Linen" },
];

/** Option rows: a name and its comma-separated values, which generate the variant grid. */
export function OptionsEditor({
  form,
  options,
  disabled,
}: {
  form: ProductForm;
  options: UseFieldArrayReturn<ProductFormValues, "options">;
  disabled?: boolean;
}) {
  const errors = form.formState.errors.options;
  return (
    <div className="grid gap-4">
      {options.fields.length === 0 ? (
        <p className="text-sm text-muted-foreground">
          No options: this product is sold as a single variant. Add an option such as Size or Colour
          to sell it in several.
        </p>
      ) : (
        <ol className="grid gap-3">
          {options.fields.map((field, i) => (
            <li
              key={field.id}
              className="grid gap-3 rounded-lg border border-border bg-muted/30 p-3 sm:grid-cols-[minmax(0,12rem)_minmax(0,1fr)_auto] sm:items-start"
            >
              <FormField
                label={`Option ${i + 1}`}
                name={`options.${i}.name`}
                error={errors?.[i]?.name?.message}
              >
                <Input
                  autoComplete="off"
                  placeholder={PLACEHOLDERS[i]?.name}
                  maxLength={40}
                  disabled={disabled}
                  {...form.register(`options.${i}.name`)}
                />
              </FormField>
              <FormField
                label="Values"
                name={`options.${i}.values`}
                hint="Separate values with commas."
                error={errors?.[i]?.values?.message}
              >
                <Input
                  autoComplete="off"
                  placeholder={PLACEHOLDERS[i]?.values}
                  disabled={disabled}
                  {...form.register(`options.${i}.values`)}
                />
              </FormField>
              <Button
                type="button"
                variant="ghost"
                size="icon-sm"
                className="text-muted-foreground hover:text-danger-foreground sm:mt-6.5"
                aria-label={`Remove option ${i + 1}`}
                title="Remove option"
                disabled={disabled}
                onClick={() => options.remove(i)}
              >
                <X aria-hidden />
              </Button>
            </li>
          ))}
        </ol>
      )}
      {options.fields.length < MAX_OPTIONS ? (
        <div>
          <Button
            type="button"
            variant="secondary"
            size="sm"
            icon={<Plus />}
            disabled={disabled}
            onClick={() => options.append({ name: "", values: "" })}
          >
            {options.fields.length === 0 ? "Add options like size or colour" : "Add another option"}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
