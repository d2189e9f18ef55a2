import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { UserError } from "@/lib/errors";
import { productInputSchema } from "@/lib/catalog/schemas";
import { customerInputSchema, occurredAtSchema } from "@/lib/customers/schemas";
import { refusedValueMessage } from "@/lib/db/refused-value";
import { isWellFormedActionBody, rowsOfForm } from "@/lib/http/action-body";
import { parseLocalDateTime, dateTimeCell } from "@/lib/imports/kinds/cells";
import { notACsvReason } from "@/lib/imports/parse/file-kind";
import { readRecords } from "@/lib/imports/parse/read-records";
import { sniffFile, sniffProblem } from "@/lib/imports/parse/sniff";
import { stockCountSchema, adjustStockSchema } from "@/lib/inventory/schemas";
import { purchaseOrderInputSchema } from "@/lib/inventory/purchase-order-schemas";
import { moneyInputSchema } from "@/lib/money";
import { orderListSchema, returnSchema } from "@/lib/orders/schemas";
import {
  id,
  instant,
  isoDaySchema,
  MAX_MONEY_MINOR,
  text,
  UNSTORABLE_TEXT,
  YEAR_RANGE_MESSAGE,
} from "@/lib/validation/fields";
import { findInputProblem, MAX_INPUT_DEPTH, parseBoundedJson } from "@/lib/validation/input-shape";

const LONE_SURROGATE = "abc\uD800def";

function messages(result: { success: boolean; error?: { issues: { message: string }[] } }) {
  return result.success ? [] : result.error!.issues.map((i) => i.message);
}

function nested(depth: number): unknown {
  let value: unknown = "leaf";
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe("text fields", () => {
  it("refuse NUL, other control characters and lone surrogates", () => {
    for (const bad of ["a\u0000b", "a\u0007b", "a\u001Bb", "a\u007Fb", "a\tb", LONE_SURROGATE]) {
      expect(messages(text().safeParse(bad))).toEqual([UNSTORABLE_TEXT]);
    }
  });

  it("allow tab and line breaks only in multi-line text", () => {
    expect(text({ multiline: true }).parse("line 1\r\n\tline 2")).toBe("line 1\r\n\tline 2");
    expect(text().safeParse("line 1\nline 2").success).toBe(false);
    expect(text({ multiline: true }).safeParse("a\u0000b").success).toBe(false);
  });

  it("always have a maximum length, and keep emoji and accents", () => {
    expect(text().safeParse("x".repeat(1_000_001)).success).toBe(false);
    expect(text({ max: 5 }).safeParse("abcdef").success).toBe(false);
    expect(text().parse("  Crème brûlée 🍮  ")).toBe("Crème brûlée 🍮");
  });

  it("reach the domain schemas: a product name with NUL is a field error", () => {
    const result = productInputSchema.safeParse({
      name: "Mug\u0000",
      variants: [{ sku: "MUG-1", price: "5", cost: "2" }],
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.find((i) => i.path[0] === "name")?.message).toBe(UNSTORABLE_TEXT);
  });

  it("reach the customer schema, including the notes and tags", () => {
    const result = customerInputSchema.safeParse({
      firstName: "Ada",
      notes: "ok\u0000",
      tags: ["vip\u0001"],
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path[0]).sort()).toEqual(["notes", "tags"]);
  });
});

describe("ids", () => {
  it("take cuid-like strings only", () => {
    expect(id().parse(" cmabc123def456 ")).toBe("cmabc123def456");
    for (const bad of ["", "a".repeat(65), "abc\u0000", "../etc", "a b", "'; drop"]) {
      expect(id().safeParse(bad).success).toBe(false);
    }
    expect(id().safeParse(["abc"]).success).toBe(false);
    expect(id().safeParse({ $gt: "" }).success).toBe(false);
  });
});

describe("dates", () => {
  it("refuse years PostgreSQL or a shop cannot mean, with a clear message", () => {
    for (const bad of [
      "0000-01-01T00:00:00Z",
      "-003809-05-01T00:00:00Z",
      "+275760-09-13T00:00:00Z",
    ]) {
      expect(messages(instant().safeParse(bad))).toEqual([YEAR_RANGE_MESSAGE]);
    }
    expect(messages(instant().safeParse("not a date"))).toEqual(["Enter a date and time."]);
    expect(instant().parse("2026-03-01T10:00:00Z")?.toISOString()).toBe("2026-03-01T10:00:00.000Z");
    expect(instant().parse("")).toBeUndefined();
  });

  it("hold in the forms that take a date", () => {
    expect(occurredAtSchema.safeParse("0000-01-01T10:00").success).toBe(false);
    const count = stockCountSchema.safeParse({
      locationId: "loc1",
      lines: [{ variantId: "v1", counted: 3 }],
      countedAt: new Date(Date.UTC(-3809, 0, 1)),
    });
    expect(messages(count)).toEqual([YEAR_RANGE_MESSAGE]);
    const po = purchaseOrderInputSchema.safeParse({
      supplierId: "s1",
      locationId: "l1",
      expectedAt: "0000-01-01",
      lines: [{ variantId: "v1", quantity: 1, unitCost: "1.00" }],
    });
    expect(po.success).toBe(false);
  });

  it("fall back to no filter in list URLs", () => {
    expect(isoDaySchema.safeParse("0000-01-01").success).toBe(false);
    expect(isoDaySchema.safeParse("2026-02-31").success).toBe(false);
    expect(isoDaySchema.safeParse("2026-02-28").success).toBe(true);
    const list = orderListSchema.parse({ from: "0000-01-01", to: "2026-01-31", q: "a\u0000" });
    expect(list.from).toBeUndefined();
    expect(list.to).toBe("2026-01-31");
    expect(list.q).toBe("");
  });

  it("hold in import cells", () => {
    expect(parseLocalDateTime("0000-01-01 10:00", "Europe/London")).toBeNull();
    expect(parseLocalDateTime("2026-11-20 14:30", "Europe/London")).not.toBeNull();
    const cell = dateTimeCell("Europe/London").safeParse("01/01/0000 10:00");
    expect(messages(cell)).toEqual([YEAR_RANGE_MESSAGE]);
  });
});

describe("numbers", () => {
  it("refuse NaN, Infinity and amounts wider than an Int column", () => {
    for (const bad of [Number.NaN, Infinity, -Infinity, "NaN", "Infinity", "1e309"]) {
      expect(moneyInputSchema.safeParse(bad).success).toBe(false);
    }
    expect(moneyInputSchema.safeParse(MAX_MONEY_MINOR + 1).success).toBe(false);
    expect(moneyInputSchema.safeParse("99999999999999.99").success).toBe(false);
    expect(moneyInputSchema.parse("12.50")).toBe(1250);
  });

  it("bound every quantity", () => {
    const adjust = (quantity: unknown) =>
      adjustStockSchema.safeParse({
        variantId: "v1",
        locationId: "l1",
        quantity,
        reason: "correction",
      }).success;
    expect(adjust(5)).toBe(true);
    for (const bad of [2 ** 31, -(2 ** 31), Number.NaN, "Infinity", "1e400", 1.5, [], {}]) {
      expect(adjust(bad)).toBe(false);
    }
    const returned = returnSchema.safeParse({
      orderId: "o1",
      reason: "Damaged",
      lines: [{ orderLineId: "l1", quantity: 2 ** 40 }],
    });
    expect(returned.success).toBe(false);
  });
});

describe("the shape of any input", () => {
  it("finds NUL anywhere, with its path", () => {
    expect(findInputProblem({ a: [{ b: "x\u0000" }] })).toEqual({
      path: ["a", 0, "b"],
      message: UNSTORABLE_TEXT,
    });
    expect(findInputProblem({ ["key\u0000"]: 1 })?.message).toBe(UNSTORABLE_TEXT);
    expect(findInputProblem({ a: "fine\ttext\n", n: 1, d: new Date() })).toBeNull();
  });

  it("refuses deep nesting without overflowing the stack", () => {
    expect(findInputProblem(nested(MAX_INPUT_DEPTH - 1))).toBeNull();
    expect(findInputProblem(nested(100_000))?.message).toMatch(/nested too deeply/);
    expect(findInputProblem(new Array(60_000).fill(1))?.message).toMatch(/too many values/);
  });

  it("parses JSON with its depth bounded before parsing", () => {
    expect(parseBoundedJson('{"a":[1,{"b":"[[[["}]}')).toEqual({ a: [1, { b: "[[[[" }] });
    expect(() => parseBoundedJson("[".repeat(100_000))).toThrow(RangeError);
    expect(() => parseBoundedJson('{"a":')).toThrow(SyntaxError);
    expect(() => parseBoundedJson('"\\"[[[[[["')).not.toThrow();
  });
});

describe("values the database refuses", () => {
  it("are recognised through Prisma's wrappers", () => {
    const wrapped = {
      code: "P2010",
      meta: { driverAdapterError: { cause: { originalCode: "22021" } } },
    };
    expect(refusedValueMessage(wrapped)).toBe(UNSTORABLE_TEXT);
    expect(refusedValueMessage({ cause: { originalCode: "22008" } })).toMatch(/date/);
    expect(refusedValueMessage({ code: "P2020" })).toMatch(/too large/);
    expect(refusedValueMessage(new RangeError("Maximum call stack size exceeded"))).toMatch(
      /too complex/,
    );
  });

  it("leave other errors alone", () => {
    expect(refusedValueMessage(new Error("Connection terminated unexpectedly"))).toBeNull();
    expect(refusedValueMessage({ code: "P2002" })).toBeNull();
    expect(refusedValueMessage(new UserError("nope"))).toBeNull();
  });
});

describe("files that are not CSVs", () => {
  const csv = Buffer.from("SKU,Qty\nA-1,2\n");

  it("are named by their first bytes", () => {
    expect(notACsvReason(gzipSync(Buffer.alloc(10_000_000)))).toBe(
      "This is a compressed file (gzip). Unzip it and upload the CSV inside.",
    );
    expect(notACsvReason(Buffer.from("PK\u0003\u0004\u0014\u0000data.csv"))).toMatch(/\(zip\)/);
    expect(notACsvReason(Buffer.from("PK\u0003\u0004\u0014\u0000[Content_Types].xml"))).toMatch(
      /Excel workbook/,
    );
    expect(notACsvReason(Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4]))).toMatch(/7z/);
    expect(notACsvReason(Buffer.from("BZh91AY&SY\u0001\u0002"))).toMatch(/bzip2/);
    expect(notACsvReason(Buffer.from("%PDF-1.7\n"))).toMatch(/PDF/);
    const binary = Buffer.alloc(4096);
    for (let i = 0; i < binary.length; i++) binary[i] = (i * 7919) % 256;
    expect(notACsvReason(binary)).toMatch(/not text/);
  });

  it("leave text alone, including UTF-16 and a CSV that starts like bzip2", () => {
    expect(notACsvReason(csv)).toBeNull();
    expect(notACsvReason(Buffer.from("BZh9,Qty\nA,1\n"))).toBeNull();
    expect(
      notACsvReason(
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("SKU,Qty\n", "utf16le")]),
      ),
    ).toBeNull();
    expect(notACsvReason(Buffer.from("SKU,Name\nA-1,stray\u0000nul\n"))).toBeNull();
  });

  it("with too many columns or an endless first line are refused with the numbers", () => {
    const wide = Buffer.from(
      `${Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(",")}\n1,2\n`,
    ).subarray(0, 64 * 1024);
    const sniffed = sniffFile(wide, []);
    expect(sniffProblem(sniffed, wide, false)).toMatch(
      /^This file has (more than )?[\d,]+ columns; Backroom reads at most 500\.$/,
    );
    const exact = Buffer.from(`${Array.from({ length: 600 }, (_, i) => `c${i}`).join(",")}\n1\n`);
    expect(sniffProblem(sniffFile(exact, []), exact, true)).toBe(
      "This file has 600 columns; Backroom reads at most 500.",
    );
    const endless = Buffer.from("x".repeat(64 * 1024));
    expect(sniffProblem(sniffFile(endless, []), endless, false)).toMatch(
      /^Line 1 is longer than 64 KB/,
    );
    expect(sniffProblem(sniffFile(csv, []), csv, true)).toBeNull();
  });

  it("with a line longer than 1 MB stop the dry run naming the line", async () => {
    const file = Buffer.from(`SKU,Qty\n${"x".repeat(2 * 1024 * 1024)}\nA-1,2\n`);
    async function* chunks() {
      for (let i = 0; i < file.length; i += 65536) yield file.subarray(i, i + 65536);
    }
    const read = async () => {
      for await (const _record of readRecords(chunks(), {
        encoding: "utf-8",
        delimiter: ",",
        headerRow: 1,
      })) {
        // consume
      }
    };
    const error = await read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/^Line 2 holds a row longer than 1 MB/);
  });
});

describe("server-action bodies", () => {
  const text = (body: string) => isWellFormedActionBody(new Map([[0, body]]));

  it("take what our forms send", () => {
    expect(text('[{"name":"Mug","price":"12.50","tags":["$$5 deal"]}]')).toBe(true);
    expect(text('["$undefined",{"when":"$D2026-01-01T00:00:00.000Z","n":"$n12"}]')).toBe(true);
    const form = new FormData();
    form.set("0", '["$K1"]');
    form.set("1_name", "Mug");
    expect(isWellFormedActionBody(rowsOfForm(form)!)).toBe(true);
  });

  it("refuse malformed JSON, deep nesting and references to rows that are not there", () => {
    expect(text('[{"name":')).toBe(false);
    expect(text('"just a string"')).toBe(false);
    expect(text('{"name":"x"}')).toBe(false);
    expect(text(`${"[".repeat(10_000)}${"]".repeat(10_000)}`)).toBe(false);
    expect(text('["$1"]')).toBe(false);
    expect(text('["$@5"]')).toBe(false);
    expect(text('["$Q2"]')).toBe(false);
    expect(text('["$nabc"]')).toBe(false);
    expect(text('["$h1"]')).toBe(false);
    expect(text('["$zz"]')).toBe(false);
    const rows = new Map(
      Array.from({ length: 100 }, (_, i) => [i, `["$${(i + 1).toString(16)}"]`]),
    );
    expect(isWellFormedActionBody(rows)).toBe(false);
  });
});
