/**
 * A header as compared with field names and aliases: lower case, accents and punctuation
 * dropped, spaces collapsed ("Unit Price (€)" → "unit price", "SKU#" → "sku").
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
