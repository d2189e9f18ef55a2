import { once } from "node:events";
import fs from "node:fs";
import { finished } from "node:stream/promises";
import type pg from "pg";
import { createRandom } from "@/prisma/demo/random";
import { csvField } from "../support/copy-writer";
import { createSampler, zipfWeights } from "../generate/sampler";

/** The sales import's columns, in the order a till export might have them. */
export const SALES_CSV_COLUMNS = [
  "order_ref",
  "occurred_at",
  "sku",
  "quantity",
  "unit_price",
  "discount",
  "location",
  "channel",
  "customer_email",
] as const;

const CHANNELS_BY_LOCATION: Record<string, readonly string[]> = {
  "shop-main": ["in_store"],
  "shop-high-street": ["in_store"],
  web: ["online", "online", "online", "marketplace", "phone"],
};
const DAYS_BACK = 60;

const money = (minor: number) => (minor / 100).toFixed(2);

function pad(n: number) {
  return String(n).padStart(2, "0");
}

/** A local wall-clock time as tills print it: 2026-03-01 14:05:09. */
function localTime(dayMs: number, hour: number, minute: number, second: number) {
  const d = new Date(dayMs);
  return `${d.toISOString().slice(0, 10)} ${pad(hour)}:${pad(minute)}:${pad(second)}`;
}

/**
 * Writes a sales-lines CSV of exactly `lines` data rows for the benchmark organisation: its
 * SKUs, location codes and customers, orders of about 2.2 distinct lines over the last 60 days,
 * order references starting with `refPrefix` so each file's orders are new. Every row is valid,
 * so the whole file is staged, classified and committed.
 */
export async function writeSalesCsv(
  client: pg.Client,
  orgId: string,
  file: string,
  lines: number,
  refPrefix: string,
): Promise<number> {
  const random = createRandom(lines);
  const { rows: variants } = await client.query<{ sku: string; priceMinor: number }>(
    `SELECT sku, "priceMinor" FROM "Variant" WHERE "orgId" = $1 ORDER BY sku`,
    [orgId],
  );
  const { rows: locations } = await client.query<{ code: string }>(
    `SELECT code FROM "Location" WHERE "orgId" = $1 ORDER BY code`,
    [orgId],
  );
  const { rows: customers } = await client.query<{ email: string }>(
    `SELECT email FROM "Customer" WHERE "orgId" = $1 AND email IS NOT NULL ORDER BY id LIMIT 5000`,
    [orgId],
  );
  const pickVariant = createSampler(random, zipfWeights(variants, 0.8));
  const todayMs = Math.floor(Date.now() / 86_400_000) * 86_400_000;

  const out = fs.createWriteStream(file);
  let buffer = `${SALES_CSV_COLUMNS.join(",")}\n`;
  let written = 0;
  let order = 0;
  while (written < lines) {
    order += 1;
    const location = random.pick(locations).code;
    const channel = random.pick(CHANNELS_BY_LOCATION[location] ?? ["in_store"]);
    // Yesterday or earlier, so no generated time lies in the future in any zone.
    const day = todayMs - random.int(1, DAYS_BACK) * 86_400_000;
    const at = localTime(day, random.int(9, 20), random.int(0, 59), random.int(0, 59));
    const email = random.chance(0.6) ? random.pick(customers).email : "";
    const discounted = random.chance(0.1);
    const count = Math.min(lines - written, 1 + random.poisson(1.2));
    const skus = new Set<string>();
    for (let i = 0; i < count * 3 && skus.size < count; i++) {
      const variant = pickVariant();
      if (skus.has(variant.sku)) continue;
      skus.add(variant.sku);
      const quantity = random.int(1, 3);
      const discount = discounted ? Math.round(quantity * variant.priceMinor * 0.1) : 0;
      const cells = [
        `${refPrefix}-${order}`,
        at,
        variant.sku,
        quantity,
        money(variant.priceMinor),
        money(discount),
        location,
        channel,
        email,
      ];
      buffer += `${cells.map(csvField).join(",")}\n`;
      written += 1;
    }
    if (buffer.length > 256 * 1024) {
      if (!out.write(buffer)) await once(out, "drain");
      buffer = "";
    }
  }
  out.end(buffer);
  await finished(out);
  return written;
}
