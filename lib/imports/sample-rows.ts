import type { ImportKind } from "@/lib/generated/prisma/enums";

/*
 * Sample files for trying each import on the demo shop (Northwind Outfitters): its SKUs
 * ("P01-M-NAVY" is the Merino crew jumper, size M, navy), its locations SHOP and WH, its
 * categories and suppliers. Cells are keyed by field, so a kind may reorder its columns.
 * All but the sales sample import cleanly; the sales sample has three rows that are wrong on
 * purpose (an unknown SKU, a quantity in words, an impossible date) to show the error report.
 */

type SampleRow = Record<string, string>;

const PRODUCTS: SampleRow[] = [
  // A new product with two colours, in an existing category and supplier.
  ...["Rust", "Teal"].map((colour) => ({
    product_name: "Alpaca bobble hat",
    sku: `HAT-ALP-${colour.toUpperCase()}`,
    option1_name: "Colour",
    option1_value: colour,
    price: "29.00",
    cost: "11.00",
    category: "Accessories",
    supplier: "Northern Mills",
    status: "active",
    reorder_point: "3",
    reorder_qty: "10",
  })),
  // A product without options, in a category the shop does not have yet.
  {
    product_name: "Beeswax wrap set",
    sku: "BWR-SET3",
    price: "14.00",
    cost: "5.20",
    category: "Kitchen",
    supplier: "Hearth & Home Co.",
    status: "active",
  },
  // Known SKUs: a new price and reorder settings for two glazes of the mug, and a new glaze.
  ...[
    ["P13-SPEC", "Speckle", "17.00"],
    ["P13-COBA", "Cobalt", "17.00"],
    ["P13-SAGE", "Sage", "18.00"],
  ].map(([sku, glaze, price]) => ({
    product_name: "Stoneware mug",
    sku: sku!,
    option1_name: "Glaze",
    option1_value: glaze!,
    price: price!,
    cost: "5.50",
    category: "Homeware",
    supplier: "Hearth & Home Co.",
    reorder_point: "6",
    reorder_qty: "24",
  })),
];

const INVENTORY_COUNTS: SampleRow[] = [
  { sku: "P01-M-NAVY", location: "SHOP", on_hand: "7" },
  { sku: "P01-L-NAVY", location: "SHOP", on_hand: "5" },
  { sku: "P04-M-WHIT", location: "SHOP", on_hand: "15" },
  { sku: "P04-L-BLAC", location: "WH", on_hand: "22" },
  { sku: "P13-COBA", location: "WH", on_hand: "18" },
  { sku: "P14-CHEC", location: "High Street shop", on_hand: "9" },
  { sku: "P19-BIRT", location: "SHOP", on_hand: "40" },
  { sku: "P11-79", location: "WH", on_hand: "30" },
];

const CUSTOMERS: SampleRow[] = [
  {
    email: "hannah.lowe@example.org",
    first_name: "Hannah",
    last_name: "Lowe",
    phone: "07700 900431",
    tags: "newsletter, local",
    marketing_consent: "yes",
    consent_source: "in store, signed card",
    address_line1: "8 Gillygate",
    city: "York",
    postal_code: "YO31 7EA",
    country: "GB",
  },
  {
    email: "ravi.mistry@example.org",
    first_name: "Ravi",
    last_name: "Mistry",
    tags: "vip",
    marketing_consent: "no",
  },
  {
    email: "buying@thegreenroom.example.org",
    company: "The Green Room Café",
    phone: "01904 555 019",
    tags: "wholesale",
    notes: "Orders mugs and tea towels for the café each spring.",
    address_line1: "Unit 2, Micklegate",
    city: "York",
    postal_code: "YO1 6JX",
    country: "United Kingdom",
  },
  {
    email: "isla.fraser@example.org",
    first_name: "Isla",
    last_name: "Fraser",
    tags: "gift-buyer",
    marketing_consent: "yes",
    consent_source: "newsletter form",
  },
];

const shift = (person: string, location: string, day: string, from: string, to: string) => ({
  person,
  location,
  start: `${day} ${from}`,
  end: `${day} ${to}`,
});

const STAFF_SHIFTS: SampleRow[] = [
  shift("Sam Patel", "SHOP", "2026-11-16", "09:00", "17:30"),
  shift("Jo Okafor", "SHOP", "2026-11-16", "12:00", "18:00"),
  shift("Alex Byrne", "WH", "2026-11-16", "08:00", "16:00"),
  shift("Sam Patel", "SHOP", "2026-11-17", "09:00", "17:30"),
  shift("Mia Chen", "SHOP", "2026-11-17", "10:00", "16:00"),
  shift("Alex Byrne", "WH", "2026-11-17", "08:00", "16:00"),
  shift("Jo Okafor", "SHOP", "2026-11-18", "09:00", "17:30"),
  shift("Mia Chen", "WH", "2026-11-18", "10:00", "18:00"),
  shift("Sam Patel", "SHOP", "2026-11-19", "12:00", "20:00"),
  shift("Alex Byrne", "WH", "2026-11-19", "08:00", "16:00"),
  shift("Jo Okafor", "SHOP", "2026-11-20", "09:00", "17:30"),
  shift("Mia Chen", "SHOP", "2026-11-21", "10:00", "18:00"),
];

const sale = (
  occurred_at: string,
  order_ref: string,
  sku: string,
  quantity: string,
  unit_price: string,
  location = "SHOP",
  extra: SampleRow = {},
): SampleRow => ({ occurred_at, order_ref, sku, quantity, unit_price, location, ...extra });

/** Best sellers, one or two units each, so the demo's shelves can cover them. */
const SALES: SampleRow[] = [
  sale("2026-11-14 10:12", "SAMPLE-1001", "P19-BIRT", "2", "3.50"),
  sale("2026-11-14 10:12", "SAMPLE-1001", "P13-SPEC", "1", "16.00"),
  sale("2026-11-14 11:40", "SAMPLE-1002", "P04-M-BLAC", "1", "28.00"),
  sale("2026-11-14 13:05", "SAMPLE-1003", "P29-79-NAVY", "2", "9.00", "SHOP", { discount: "1.00" }),
  sale("2026-11-14 15:30", "SAMPLE-1004", "P11-79", "1", "18.00", "WH", {
    channel: "online",
    customer_email: "hannah.lowe@example.org",
  }),
  sale("2026-11-15 09:55", "SAMPLE-1005", "P12-NATU", "1", "15.00"),
  sale("2026-11-15 09:55", "SAMPLE-1005", "P18-A5-BLAC", "1", "14.00"),
  sale("2026-11-15 12:20", "SAMPLE-1006", "P14-CHEC", "2", "12.00"),
  sale("2026-11-15 14:45", "SAMPLE-1007", "P15-FIG-SMAL", "1", "22.00", "WH", {
    channel: "online",
  }),
  sale("2026-11-15 16:10", "SAMPLE-1008", "P02-NAVY", "1", "24.00"),
  // Wrong on purpose: each is its own order, so only these three rows are refused.
  sale("2026-11-15 16:30", "SAMPLE-1009", "P99-NOPE", "1", "10.00"),
  sale("2026-11-15 16:45", "SAMPLE-1010", "P19-BLAN", "two", "3.50"),
  sale("2026-02-31 17:00", "SAMPLE-1011", "P13-MOSS", "1", "16.00"),
];

export const SAMPLE_ROWS: Record<ImportKind, SampleRow[]> = {
  SALES,
  INVENTORY_COUNTS,
  PRODUCTS,
  CUSTOMERS,
  STAFF_SHIFTS,
};
