import { randomUUID } from "node:crypto";
import { DEMO_LOCATIONS, DEMO_PRODUCTS, DEMO_SUPPLIERS, variantCombinations } from "./catalog-data";
import type { Random } from "./random";

export type DemoVariant = {
  id: string;
  productId: string;
  sku: string;
  barcode: string;
  optionValues: string[];
  priceMinor: number;
  costMinor: number;
  /** Expected units sold per day across both locations. */
  dailyRate: number;
  allowBackorder: boolean;
  position: number;
  supplierId: string;
  leadTimeDays: number;
};

function skuPart(value: string) {
  return (
    value
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, "")
      .slice(0, 4) || "X"
  );
}

/** Rows for locations, categories, suppliers, products and variants of the demo shop. */
export function buildCatalog(
  orgId: string,
  random: Random,
  ordersPerDay: number,
  linesPerOrder: number,
) {
  const locations = DEMO_LOCATIONS.map((l) => ({ id: randomUUID(), orgId, ...l }));
  const categoryNames = [...new Set(DEMO_PRODUCTS.map((p) => p.category))];
  const categories = categoryNames.map((name) => ({ id: randomUUID(), orgId, name }));
  const suppliers = DEMO_SUPPLIERS.map((s) => ({ id: randomUUID(), orgId, ...s }));
  const totalPopularity = DEMO_PRODUCTS.reduce((sum, p) => sum + p.popularity, 0);

  const products = [];
  const variants: DemoVariant[] = [];
  let barcode = 5_012_345_000_000;
  for (const [index, p] of DEMO_PRODUCTS.entries()) {
    const productId = randomUUID();
    const supplier = suppliers.find((s) => s.name === p.supplier)!;
    products.push({
      id: productId,
      orgId,
      name: p.name,
      description: `${p.name} from ${p.supplier}.`,
      categoryId: categories.find((c) => c.name === p.category)!.id,
      supplierId: supplier.id,
      optionNames: Object.keys(p.options),
      allowBackorder: p.allowBackorder ?? false,
    });
    const combos = variantCombinations(p.options);
    const productUnitsPerDay = (ordersPerDay * linesPerOrder * p.popularity) / totalPopularity;
    for (const [position, values] of combos.entries()) {
      // Middle sizes and first colours sell better than the edges of the range.
      const skew = 0.6 + random.next() * 0.8;
      variants.push({
        id: randomUUID(),
        productId,
        sku: [`P${String(index + 1).padStart(2, "0")}`, ...values.map(skuPart)].join("-"),
        barcode: String((barcode += 7)),
        optionValues: values,
        priceMinor: p.price,
        costMinor: p.cost,
        dailyRate: (productUnitsPerDay / combos.length) * skew,
        allowBackorder: p.allowBackorder ?? false,
        position,
        supplierId: supplier.id,
        leadTimeDays: supplier.leadTimeDays,
      });
    }
  }
  return { locations, categories, suppliers, products, variants };
}
