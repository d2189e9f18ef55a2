export const TAG_MAX_LENGTH = 40;
export const TAGS_MAX = 30;

/** "  Big  Spender " → "big spender": tags compare and filter case-insensitively. */
export function normaliseTag(tag: string) {
  return tag.trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * Tags from a CSV cell ("VIP, wholesale") or a list, normalised and de-duplicated in order.
 * Commas always separate, so a tag can round-trip through a CSV export and import.
 */
export function parseTags(input: string | readonly string[]): string[] {
  const parts = typeof input === "string" ? input.split(",") : input.flatMap((t) => t.split(","));
  return [...new Set(parts.map(normaliseTag).filter(Boolean))];
}
