/** "1 minute", "15 minutes". */
export function pluralize(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}

/** "Manager", "Manager and Buyer", "Buyer, Cashier, and Manager". */
export function formatList(items: string[]): string {
  return new Intl.ListFormat("en", { style: "long", type: "conjunction" }).format(items);
}
