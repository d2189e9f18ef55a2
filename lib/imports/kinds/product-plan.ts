import "server-only";
import { productInputSchema, type VariantInput } from "@/lib/catalog/schemas";
import { minorDigits, toDecimalString } from "@/lib/money";
import { columnOfProductPath, type ProductRow } from "./product-row";
import {
  cellValue,
  checkBarcodes,
  nameKey,
  targets,
  type Refuse,
  type Row,
} from "./product-matching";
import { invalid, readStagedRows, type RowResult } from "./staged-rows";
import type { ImportContext } from "./types";

/*
 * What a products file would do to the catalogue, worked out without writing: which product
 * each row belongs to, which rows conflict with the catalogue or with each other, and what
 * each known SKU would change. Classify stores it on the rows; commit carries it out.
 */

const sameText = (a: string | null | undefined, b: string | null | undefined) =>
  nameKey(a ?? "") === nameKey(b ?? "");

async function loadProducts(ctx: ImportContext, ids: string[]) {
  if (ids.length === 0) return [];
  return ctx.db.product.findMany({
    where: { orgId: ctx.orgId, id: { in: ids } },
    include: {
      category: { select: { name: true } },
      supplier: { select: { name: true } },
      variants: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        include: { levels: { select: { locationId: true, reorderPoint: true, reorderQty: true } } },
      },
    },
  });
}

export type ExistingProduct = Awaited<ReturnType<typeof loadProducts>>[number];
export type ExistingVariant = ExistingProduct["variants"][number];

export type PlannedRow = {
  rowNumber: number;
  row: ProductRow;
  variant: ExistingVariant | null;
  outcome: "CREATED" | "UPDATED" | "UNCHANGED";
  changes: Record<string, [unknown, unknown]> | null;
};

export type PlannedProduct = {
  name: string;
  existing: ExistingProduct | null;
  optionNames: string[];
  /** Names as the file gives them; null when no row of the product says. */
  category: string | null;
  supplier: string | null;
  rows: PlannedRow[];
};

export type NamedRecord = { id: string; name: string; archivedAt: Date | null };

export type ProductPlan = {
  products: PlannedProduct[];
  invalid: RowResult[];
  activeLocationIds: string[];
  categories: Map<string, NamedRecord>;
  suppliers: Map<string, NamedRecord>;
};

export async function planProducts(ctx: ImportContext): Promise<ProductPlan> {
  const staged = await readStagedRows<ProductRow>(ctx);
  const refused = new Map<number, RowResult>();
  const refuse: Refuse = (r, column, message) => {
    const value = cellValue(r.data, column);
    if (!refused.has(r.rowNumber))
      refused.set(r.rowNumber, invalid(r.rowNumber, column, value, message));
  };
  const ok = (r: Row) => !refused.has(r.rowNumber);

  await checkBarcodes(ctx, staged, refuse);
  const groups = new Map<string, Row[]>();
  for (const r of staged) {
    const key = nameKey(r.data.productName);
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  const target = await targets(ctx, groups, refuse);
  const existing = new Map(
    (
      await loadProducts(ctx, [...new Set([...target.values()].filter((id): id is string => !!id))])
    ).map((p) => [p.id, p]),
  );
  const activeLocationIds = (
    await ctx.db.location.findMany({
      where: { orgId: ctx.orgId, archivedAt: null },
      select: { id: true },
      orderBy: { id: "asc" },
    })
  ).map((l) => l.id);
  const named = { select: { id: true, name: true, archivedAt: true } } as const;
  const categories = new Map(
    (await ctx.db.category.findMany({ where: { orgId: ctx.orgId }, ...named })).map((c) => [
      nameKey(c.name),
      c,
    ]),
  );
  const suppliers = new Map(
    (await ctx.db.supplier.findMany({ where: { orgId: ctx.orgId }, ...named })).map((s) => [
      nameKey(s.name),
      s,
    ]),
  );
  const digits = minorDigits(ctx.org.currency);

  const products: PlannedProduct[] = [];
  for (const [key, rows] of groups) {
    if (!target.has(key)) continue;
    const productId = target.get(key);
    const product = productId ? existing.get(productId)! : null;
    const first = rows.find(ok);
    if (!first) continue;
    const optionNames = product?.optionNames ?? first.data.optionNames;

    for (const r of rows.filter(ok)) {
      if (r.data.optionNames.map(nameKey).join("|") !== optionNames.map(nameKey).join("|")) {
        const expected = optionNames.length ? optionNames.join(" / ") : "no options";
        refuse(
          r,
          "option1_name",
          product
            ? `“${product.name}” has ${expected}; give values for exactly those. Change options in the product form.`
            : `Other rows of “${first.data.productName}” have ${expected}; every variant needs the same options.`,
        );
      }
    }
    const pick = (field: "category" | "supplier", records: Map<string, NamedRecord>) => {
      const given = rows.filter(ok).find((r) => r.data[field])?.data[field] ?? null;
      for (const r of rows.filter(ok)) {
        if (r.data[field] && !sameText(r.data[field], given)) {
          refuse(
            r,
            field,
            `Other rows of this product say ${field} “${given}”; a product has one ${field}.`,
          );
        }
      }
      const record = given ? records.get(nameKey(given)) : undefined;
      const current = field === "category" ? product?.categoryId : product?.supplierId;
      if (record?.archivedAt && record.id !== current) {
        for (const r of rows.filter(ok)) {
          refuse(r, field, `${record.name} is archived. Restore it under Settings first.`);
        }
      }
      return given;
    };
    const category = pick("category", categories);
    const supplier = pick("supplier", suppliers);

    // The product as it would be saved, checked by the product form's own rules (options
    // distinct between live variants, at most 100 variants, options for several variants).
    const valid = rows.filter(ok);
    const inFile = new Map(valid.map((r) => [r.data.sku, r]));
    const variantsBySku = new Map(product?.variants.map((v) => [v.sku, v]) ?? []);
    const untouched = (product?.variants ?? []).filter((v) => !inFile.has(v.sku));
    const candidate: VariantInput[] = [
      ...untouched.map((v) => ({
        sku: v.sku,
        barcode: v.barcode,
        optionValues: v.optionValues,
        price: v.priceMinor,
        cost: v.costMinor,
        status: v.status,
      })),
      ...valid.map(({ data }) => {
        const v = variantsBySku.get(data.sku);
        return {
          sku: data.sku,
          barcode: data.barcode ?? v?.barcode ?? null,
          optionValues: data.optionValues,
          price: data.price,
          cost: data.cost,
          status: data.status ?? v?.status ?? "ACTIVE",
        };
      }),
    ];
    const check = productInputSchema.safeParse({
      name: first.data.productName,
      optionNames,
      variants: candidate,
    });
    if (!check.success) {
      for (const issue of check.error.issues) {
        const index = issue.path[0] === "variants" ? issue.path[1] : undefined;
        const row =
          typeof index === "number" && index >= untouched.length
            ? valid[index - untouched.length]!
            : valid[0]!;
        refuse(row, columnOfProductPath(issue.path), issue.message);
      }
    }

    const planned: PlannedRow[] = rows.filter(ok).map((r) => {
      const variant = variantsBySku.get(r.data.sku) ?? null;
      if (!variant)
        return { rowNumber: r.rowNumber, row: r.data, variant, outcome: "CREATED", changes: null };
      const changes = changesOf(r.data, variant, product!, {
        name: first.data.productName,
        category,
        supplier,
        activeLocationIds,
        digits,
      });
      return {
        rowNumber: r.rowNumber,
        row: r.data,
        variant,
        outcome: changes ? "UPDATED" : "UNCHANGED",
        changes,
      };
    });
    if (planned.length > 0) {
      products.push({
        name: first.data.productName,
        existing: product,
        optionNames,
        category,
        supplier,
        rows: planned,
      });
    }
  }
  return { products, invalid: [...refused.values()], activeLocationIds, categories, suppliers };
}

/** One reorder setting across the active locations: "4", or "2 / 4" when they differ. */
function levelSetting(
  variant: ExistingVariant,
  activeLocationIds: string[],
  field: "reorderPoint" | "reorderQty",
) {
  const values = activeLocationIds.map(
    (id) => variant.levels.find((l) => l.locationId === id)?.[field] ?? 0,
  );
  const distinct = [...new Set(values)];
  return distinct.length === 1 ? distinct[0]! : distinct.join(" / ");
}

function changesOf(
  row: ProductRow,
  variant: ExistingVariant,
  product: ExistingProduct,
  context: {
    name: string;
    category: string | null;
    supplier: string | null;
    activeLocationIds: string[];
    digits: number;
  },
) {
  const changes: Record<string, [unknown, unknown]> = {};
  const money = (minor: number) => toDecimalString(minor, context.digits);
  if (product.name !== context.name) changes.product = [product.name, context.name];
  if (context.category && !sameText(product.category?.name, context.category)) {
    changes.category = [product.category?.name ?? "", context.category];
  }
  if (context.supplier && !sameText(product.supplier?.name, context.supplier)) {
    changes.supplier = [product.supplier?.name ?? "", context.supplier];
  }
  if (row.barcode && row.barcode !== variant.barcode) {
    changes.barcode = [variant.barcode ?? "", row.barcode];
  }
  if (variant.optionValues.join(" / ") !== row.optionValues.join(" / ")) {
    changes.options = [variant.optionValues.join(" / "), row.optionValues.join(" / ")];
  }
  if (variant.priceMinor !== row.price)
    changes.price = [money(variant.priceMinor), money(row.price)];
  if (variant.costMinor !== row.cost) changes.cost = [money(variant.costMinor), money(row.cost)];
  if (row.status && row.status !== variant.status) changes.status = [variant.status, row.status];
  for (const field of ["reorderPoint", "reorderQty"] as const) {
    const given = row[field];
    if (given === null || context.activeLocationIds.length === 0) continue;
    const before = levelSetting(variant, context.activeLocationIds, field);
    if (before !== given) changes[field] = [before, given];
  }
  return Object.keys(changes).length > 0 ? changes : null;
}
