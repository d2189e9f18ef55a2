import { describe, expect, it } from "vitest";
import { UserError } from "@/lib/errors";
import { sheetCsvUrl } from "./sheet-url";

const GOOGLE = "https://docs.google.com";
const ID = "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789";

describe("sheetCsvUrl", () => {
  it("turns an edit link with a tab into that tab's CSV export", () => {
    expect(sheetCsvUrl(`${GOOGLE}/spreadsheets/d/${ID}/edit#gid=123456`, GOOGLE)).toBe(
      `${GOOGLE}/spreadsheets/d/${ID}/export?format=csv&gid=123456`,
    );
  });

  it("reads the tab from the query string and defaults to the first tab", () => {
    expect(sheetCsvUrl(`${GOOGLE}/spreadsheets/d/${ID}/edit?gid=42`, GOOGLE)).toContain("gid=42");
    expect(sheetCsvUrl(`${GOOGLE}/spreadsheets/d/${ID}/edit?usp=sharing`, GOOGLE)).toContain(
      "gid=0",
    );
    expect(sheetCsvUrl(`  ${GOOGLE}/spreadsheets/d/${ID}  `, GOOGLE)).toContain("gid=0");
  });

  it("points the export at the configured host", () => {
    expect(sheetCsvUrl(`${GOOGLE}/spreadsheets/d/${ID}/edit#gid=7`, "http://127.0.0.1:4555")).toBe(
      `http://127.0.0.1:4555/spreadsheets/d/${ID}/export?format=csv&gid=7`,
    );
  });

  it.each([
    "not a url",
    "https://example.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQ/edit",
    `${GOOGLE}/document/d/${ID}/edit`,
    `${GOOGLE}/spreadsheets/d/${ID}/edit#gid=abc`,
  ])("refuses %s with a message naming the field", (link) => {
    expect(() => sheetCsvUrl(link, GOOGLE)).toThrow(UserError);
    try {
      sheetCsvUrl(link, GOOGLE);
    } catch (error) {
      expect((error as UserError).options.fieldErrors?.sheetUrl).toBeDefined();
    }
  });
});
