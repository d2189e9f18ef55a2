import fs from "node:fs";
import path from "node:path";

type Cell = string | number;

/**
 * The benchmark report: Markdown, printed as it grows (so a long run shows progress) and
 * written to a file at the end for the README to quote.
 */
export class Report {
  private readonly lines: string[] = [];

  heading(text: string): void {
    this.add(`\n## ${text}\n`);
  }

  paragraph(text: string): void {
    this.add(`${text}\n`);
  }

  table(header: readonly string[], rows: readonly (readonly Cell[])[]): void {
    const out = [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`];
    for (const row of rows) out.push(`| ${row.join(" | ")} |`);
    this.add(`${out.join("\n")}\n`);
  }

  private add(text: string): void {
    this.lines.push(text);
    console.log(text);
  }

  write(file: string): void {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${this.lines.join("\n").trim()}\n`);
  }
}

/** "met" / "MISSED" next to a target, so a regression stands out in the printed report. */
export const verdict = (ok: boolean) => (ok ? "met" : "MISSED");
