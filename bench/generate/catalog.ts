import type { Random } from "@/prisma/demo/random";

/** Categories with their price range in minor units and typical options. */
const CATEGORIES = [
  { name: "T-shirts", price: [1200, 3500], options: ["Size", "Colour"] },
  { name: "Shirts", price: [2500, 6500], options: ["Size", "Colour"] },
  { name: "Knitwear", price: [3500, 9500], options: ["Size", "Colour"] },
  { name: "Jackets", price: [6500, 22000], options: ["Size", "Colour"] },
  { name: "Trousers", price: [3000, 8500], options: ["Size", "Colour"] },
  { name: "Shoes", price: [4500, 14000], options: ["Size", "Colour"] },
  { name: "Bags", price: [2500, 12000], options: ["Colour"] },
  { name: "Accessories", price: [800, 4500], options: ["Colour"] },
  { name: "Candles", price: [900, 3200], options: ["Scent"] },
  { name: "Kitchen", price: [600, 6000], options: ["Colour"] },
  { name: "Bedding", price: [2500, 11000], options: ["Size", "Colour"] },
  { name: "Stationery", price: [300, 2500], options: [] },
] as const;

const OPTION_VALUES: Record<string, readonly string[]> = {
  Size: ["XS", "S", "M", "L", "XL"],
  Colour: ["Black", "White", "Navy", "Olive", "Rust", "Sand", "Grey", "Teal"],
  Scent: ["Fig", "Cedar", "Amber", "Linen", "Sea salt"],
};

const ADJECTIVES = [
  "Classic",
  "Everyday",
  "Heritage",
  "Coastal",
  "Urban",
  "Field",
  "Harbour",
  "Alpine",
  "Studio",
  "Weekend",
  "Northern",
  "Linen",
  "Organic",
  "Canvas",
  "Woven",
  "Soft",
];
const NOUNS = ["Line", "Edit", "Series", "Collection", "Range", "Standard", "Select", "Works"];

export const LOCATIONS = [
  { code: "shop-main", name: "Main Street shop" },
  { code: "shop-high-street", name: "High Street shop" },
  { code: "web", name: "Web warehouse" },
] as const;

export type BenchVariant = {
  id: string;
  productId: string;
  sku: string;
  optionValues: string[];
  priceMinor: number;
  costMinor: number;
  position: number;
};

export type BenchProduct = {
  id: string;
  name: string;
  categoryId: string;
  optionNames: string[];
};

export type BenchCatalog = {
  locations: { id: string; code: string; name: string }[];
  categories: { id: string; name: string }[];
  products: BenchProduct[];
  variants: BenchVariant[];
};

/** Deterministic, readable ids: the same seed gives byte-identical rows. */
export const benchId = (kind: string, n: number) =>
  `bench_${kind}_${n.toString().padStart(7, "0")}`;

/** Option combinations of a product: 1 to 9 variants, about 5 on average. */
function optionCombos(random: Random, optionNames: readonly string[]): string[][] {
  let combos: string[][] = [[]];
  for (const name of optionNames) {
    const values = OPTION_VALUES[name]!;
    const count = name === "Size" ? random.int(2, 5) : random.int(1, 3);
    const start = random.int(0, values.length - count);
    const chosen = values.slice(start, start + count);
    combos = combos.flatMap((combo) => chosen.map((value) => [...combo, value]));
  }
  return combos.slice(0, 9);
}

/** Rounds a price to end in 99 or 50, as shops price things. */
function shelfPrice(minor: number): number {
  const pounds = Math.max(1, Math.round(minor / 100));
  return pounds * 100 - (pounds % 2 === 0 ? 1 : 50);
}

export function buildCatalog(random: Random, variantCount: number): BenchCatalog {
  const locations = LOCATIONS.map((l, i) => ({ id: benchId("loc", i + 1), ...l }));
  const categories = CATEGORIES.map((c, i) => ({ id: benchId("cat", i + 1), name: c.name }));
  const products: BenchProduct[] = [];
  const variants: BenchVariant[] = [];

  while (variants.length < variantCount) {
    const n = products.length + 1;
    const categoryIndex = random.int(0, CATEGORIES.length - 1);
    const category = CATEGORIES[categoryIndex]!;
    const product: BenchProduct = {
      id: benchId("prd", n),
      // The number keeps names unique without looking generated in a dashboard's top list.
      name: `${random.pick(ADJECTIVES)} ${category.name.replace(/s$/, "")} ${random.pick(NOUNS)} ${n}`,
      categoryId: categories[categoryIndex]!.id,
      optionNames: [...category.options],
    };
    products.push(product);
    const base = random.int(category.price[0], category.price[1]);
    const margin = 0.4 + random.next() * 0.25;
    const combos = optionCombos(random, product.optionNames);
    for (const [position, optionValues] of combos.entries()) {
      if (variants.length >= variantCount) break;
      const premium = optionValues.includes("XL") ? 1.05 : 1;
      const priceMinor = shelfPrice(base * premium);
      variants.push({
        id: benchId("var", variants.length + 1),
        productId: product.id,
        sku: `BN-${String(n).padStart(5, "0")}-${position + 1}`,
        optionValues,
        priceMinor,
        costMinor: Math.round(priceMinor * (1 - margin)),
        position,
      });
    }
  }
  return { locations, categories, products, variants };
}
