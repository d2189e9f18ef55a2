import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { UserError } from "@/lib/errors";
import type { ImportField } from "@/lib/imports/kinds/types";
import { detectEncoding } from "@/lib/imports/parse/detect-encoding";
import {
  MAX_RECORD_CHARS,
  readRecords,
  type ParseSettings,
} from "@/lib/imports/parse/read-records";
import { detectDelimiter, sniffFile } from "@/lib/imports/parse/sniff";

const fields: ImportField[] = [
  {
    key: "sku",
    label: "SKU",
    required: true,
    aliases: ["sku", "item code"],
    description: "",
    example: "",
  },
  {
    key: "quantity",
    label: "Quantity",
    required: true,
    aliases: ["qty", "quantity"],
    description: "",
    example: "",
  },
  {
    key: "name",
    label: "Name",
    required: false,
    aliases: ["name", "product"],
    description: "",
    example: "",
  },
];

/** Feeds a file in small pieces, so records, quotes and multi-byte characters straddle chunks. */
async function* pieces(bytes: Buffer, size = 7) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function records(bytes: Buffer, settings: Partial<ParseSettings> = {}) {
  const out: { line: number; cells: string[] }[] = [];
  const all: ParseSettings = { encoding: "utf-8", delimiter: ",", headerRow: 1, ...settings };
  for await (const record of readRecords(pieces(bytes), all)) out.push(record);
  return out;
}

describe("format detection", () => {
  it("reads a UTF-8 byte-order mark and keeps it out of the first header", () => {
    const file = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("SKU,Qty\nA-1,2\n")]);
    expect(sniffFile(file, fields)).toEqual({
      encoding: "utf-8",
      delimiter: ",",
      headerRow: 1,
      headers: ["SKU", "Qty"],
    });
  });

  it("detects semicolons and tabs by how consistently they split the lines", () => {
    expect(detectDelimiter("SKU;Qty;Name\nA-1;2;Shirt, blue\nA-2;3;Mug\n")).toBe(";");
    expect(detectDelimiter("SKU\tQty\tName\nA-1\t2\tShirt, blue, large\nA-2\t3\tMug\n")).toBe("\t");
    expect(detectDelimiter("SKU|Qty\nA-1|2\n")).toBe("|");
    expect(detectDelimiter('SKU,Qty,Name\nA-1,2,"Shirt; blue"\n')).toBe(",");
  });

  it("skips title and blank lines above the header", () => {
    const file = Buffer.from(
      "Stock count — Main street\nExported 2026-03-01\n\nItem code;Qty;Product\nA-1;2;Shirt\nA-2;5;Mug\n",
    );
    const sniffed = sniffFile(file, fields);
    expect(sniffed.delimiter).toBe(";");
    expect(sniffed.headerRow).toBe(4);
    expect(sniffed.headers).toEqual(["Item code", "Qty", "Product"]);
  });

  it("falls back to the first wide text row when no header matches an alias", () => {
    const file = Buffer.from("Report\nColour,Size,Count\nred,M,3\nblue,L,4\n");
    const sniffed = sniffFile(file, fields);
    expect(sniffed.headerRow).toBe(2);
    expect(sniffed.headers).toEqual(["Colour", "Size", "Count"]);
  });

  it("recognises windows-1252 and UTF-16 files", async () => {
    const text =
      "SKU;Quantity;Name\n" +
      Array.from({ length: 40 }, (_, i) => `C-${i};${i};Café crème à la française ${i} €\n`).join(
        "",
      );
    const cp1252 = iconv.encode(text, "windows-1252");
    expect(detectEncoding(cp1252)).toBe("windows-1252");
    const sniffed = sniffFile(cp1252, fields);
    expect(sniffed.delimiter).toBe(";");
    const rows = await records(cp1252, { encoding: sniffed.encoding, delimiter: ";" });
    expect(rows[1]!.cells[2]).toBe("Café crème à la française 0 €");

    for (const encoding of ["utf-16le", "utf-16be"] as const) {
      const bytes = iconv.encode(text, encoding, { addBOM: true });
      expect(detectEncoding(bytes)).toBe(encoding);
      expect(sniffFile(bytes, fields).headers).toEqual(["SKU", "Quantity", "Name"]);
      const decoded = await records(bytes, { encoding, delimiter: ";" });
      expect(decoded).toHaveLength(41);
      expect(decoded[40]!.cells[2]).toBe("Café crème à la française 39 €");
    }
  });
});

describe("reading records", () => {
  it("numbers records by the file line they start on, across quoted newlines and blank lines", async () => {
    const file = Buffer.from(
      'SKU,Qty,Name\nA-1,2,"Shirt\nwith a long\ndescription"\n\n\nA-2,3,Mug\nA-3,1,"Say ""hi"""\n',
    );
    expect(await records(file)).toEqual([
      { line: 1, cells: ["SKU", "Qty", "Name"] },
      { line: 2, cells: ["A-1", "2", "Shirt\nwith a long\ndescription"] },
      { line: 7, cells: ["A-2", "3", "Mug"] },
      { line: 8, cells: ["A-3", "1", 'Say "hi"'] },
    ]);
  });

  it("reads Windows line endings", async () => {
    const file = Buffer.from("SKU,Qty\r\nA-1,2\r\n\r\nA-2,3\r\n");
    expect(await records(file)).toEqual([
      { line: 1, cells: ["SKU", "Qty"] },
      { line: 2, cells: ["A-1", "2"] },
      { line: 4, cells: ["A-2", "3"] },
    ]);
  });

  it("starts at the header row", async () => {
    const file = Buffer.from("Title\n\nSKU,Qty\nA-1,2\n");
    expect(await records(file, { headerRow: 3 })).toEqual([
      { line: 3, cells: ["SKU", "Qty"] },
      { line: 4, cells: ["A-1", "2"] },
    ]);
  });

  it("yields rows with the wrong number of columns instead of stopping", async () => {
    const file = Buffer.from("SKU,Qty,Name\nA-1,2\nA-2,3,Mug,extra\nA-3,4,Cup\n");
    const rows = await records(file);
    expect(rows.map((r) => r.cells.length)).toEqual([3, 2, 4, 3]);
  });

  it("stops with a clear error on a runaway field", async () => {
    const file = Buffer.from(`SKU,Qty\nA-1,2\nA-2,"${"x".repeat(MAX_RECORD_CHARS + 10)}\n`);
    const error = await records(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/^Line 3 holds a row longer than 1 MB/);
  });

  it("reports an unclosed quote with its line", async () => {
    const file = Buffer.from('SKU,Qty\nA-1,2\nA-2,"3\n');
    const error = await records(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/quoted cell is never closed/);
  });

  it("reports a stray quote inside a cell", async () => {
    const file = Buffer.from('SKU,Qty\nA-1,2 "inch"x\n');
    const error = await records(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
  });
});
