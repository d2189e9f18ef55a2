import type { ProductFormValues } from "@/lib/catalog/schemas";
import { optionValuesFromVariants } from "@/lib/catalog/variant-grid";
import { minorDigits, toDecimalString } from "@/lib/money";

export interface EditableProduct {
  id: string;
  name: string;
  description: string;
  categoryId: string | null;
  supplierId: string | null;
  status: "ACTIVE" | "ARCHIVED";
  allowBackorder: boolean;
  optionNames: string[];
  variants: {
    id: string;
    sku: string;
    barcode: string | null;
    optionValues: string[];
    priceMinor: number;
    costMinor: number;
    status: "ACTIVE" | "ARCHIVED";
  }[];
}

/** The form's starting values: one empty variant for a new product, else the saved ones. */
export function defaultsFor(
  product: EditableProduct | undefined,
  currency: string,
): ProductFormValues {
  const digits = minorDigits(currency);
  if (!product) {
    return {
      name: "",
      description: "",
      categoryId: "",
      supplierId: "",
      status: "ACTIVE",
      allowBackorder: false,
      options: [],
      variants: [{ sku: "", barcode: "", optionValues: [], price: "", cost: "", status: "ACTIVE" }],
    };
  }
  return {
    name: product.name,
    description: product.description,
    categoryId: product.categoryId ?? "",
    supplierId: product.supplierId ?? "",
    status: product.status,
    allowBackorder: product.allowBackorder,
    options: optionValuesFromVariants(product.optionNames, product.variants).map((o) => ({
      name: o.name,
      values: o.values.join(", "),
    })),
    variants: product.variants.map((v) => ({
      id: v.id,
      sku: v.sku,
      barcode: v.barcode ?? "",
      optionValues: v.optionValues,
      price: toDecimalString(v.priceMinor, digits),
      cost: toDecimalString(v.costMinor, digits),
      status: v.status,
    })),
  };
}
