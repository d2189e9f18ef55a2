/* Display names of variants, shared by server code and the browser. */

/** "Linen shirt — M / Blue", or just the name for a product without options. */
export function variantLabel(productName: string, optionValues: string[]) {
  return optionValues.length > 0 ? `${productName} — ${optionValues.join(" / ")}` : productName;
}

/** "Size: M / Colour: Blue" */
export function describeOptions(names: string[], values: string[]) {
  return names.map((name, i) => `${name}: ${values[i] ?? ""}`).join(" / ");
}
