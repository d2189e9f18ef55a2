import type { ImportField } from "@/lib/imports/kinds/types";

/** A row as the engine hands it over: every field present, "" when blank. */
export function rowOf(fields: readonly ImportField[], cells: Record<string, string>) {
  for (const key of Object.keys(cells)) {
    if (!fields.some((f) => f.key === key)) throw new Error(`No field ${key}`);
  }
  return Object.fromEntries(fields.map((f) => [f.key, cells[f.key] ?? ""]));
}

/** field key → messages of a failed parse. */
export function issuesOf(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  if (result.success) throw new Error("Expected the row to be refused.");
  const byField: Record<string, string[]> = {};
  for (const issue of result.error!.issues) {
    const key = String(issue.path[0] ?? "");
    (byField[key] ??= []).push(issue.message);
  }
  return byField;
}
