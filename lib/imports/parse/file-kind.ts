import "server-only";

/*
 * Files people upload by mistake instead of a CSV, recognised by their first bytes so they are
 * refused with the reason before anything is stored or decompressed (a small "zip bomb" never
 * gets the chance to expand).
 */

const COMPRESSED: { name: string; test: (sample: Uint8Array) => boolean }[] = [
  { name: "gzip", test: (s) => startsWith(s, [0x1f, 0x8b]) },
  { name: "7z", test: (s) => startsWith(s, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]) },
  { name: "xz", test: (s) => startsWith(s, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]) },
  { name: "zstd", test: (s) => startsWith(s, [0x28, 0xb5, 0x2f, 0xfd]) },
  { name: "rar", test: (s) => startsWith(s, [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]) },
  // "BZh" and a block size, then the first block's own magic, so a CSV starting "BZh9" passes.
  {
    name: "bzip2",
    test: (s) => startsWith(s, [0x42, 0x5a, 0x68]) && startsWith(s, [0x31, 0x41, 0x59], 4),
  },
];

function startsWith(sample: Uint8Array, magic: number[], at = 0): boolean {
  return sample.length >= at + magic.length && magic.every((byte, i) => sample[at + i] === byte);
}

function isZip(sample: Uint8Array): boolean {
  return (
    sample[0] === 0x50 &&
    sample[1] === 0x4b &&
    ((sample[2] === 0x03 && sample[3] === 0x04) ||
      (sample[2] === 0x05 && sample[3] === 0x06) ||
      (sample[2] === 0x07 && sample[3] === 0x08))
  );
}

const CSV_HINT = "Save or export it as CSV (comma-separated values) and upload that.";

/** Bytes that never appear in text: controls other than tab, line feed, form feed and return. */
function isBinaryByte(byte: number): boolean {
  return byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d;
}

/**
 * Why the file starting with `sample` is not a CSV we can read, or null when it may be one:
 * a compressed archive, a spreadsheet workbook, a PDF, or binary data. UTF-16 text (whose
 * ASCII characters carry a zero byte each) is text when it starts with its byte-order mark.
 */
export function notACsvReason(sample: Uint8Array): string | null {
  const head = sample.subarray(0, 64 * 1024);
  if (isZip(head)) {
    const text = Buffer.from(head.subarray(0, 4096)).toString("latin1");
    if (text.includes("xl/") || text.includes("[Content_Types].xml")) {
      return `This is an Excel workbook, not a CSV file. ${CSV_HINT}`;
    }
    if (text.includes("content.xml") || text.includes("mimetypeapplication/vnd.oasis")) {
      return `This is a spreadsheet document, not a CSV file. ${CSV_HINT}`;
    }
    return "This is a compressed file (zip). Unzip it and upload the CSV inside.";
  }
  const compressed = COMPRESSED.find(({ test }) => test(head));
  if (compressed) {
    return `This is a compressed file (${compressed.name}). Unzip it and upload the CSV inside.`;
  }
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return `This is an Excel workbook (.xls), not a CSV file. ${CSV_HINT}`;
  }
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) {
    return `This is a PDF, not a CSV file. ${CSV_HINT}`;
  }
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!utf16) {
    let binary = 0;
    for (const byte of head) if (isBinaryByte(byte)) binary++;
    // A stray control character is tolerated (cells drop NULs); binary data has them everywhere.
    if (binary > Math.max(8, head.length / 100)) {
      return `This file is not text, so it cannot be a CSV file. ${CSV_HINT}`;
    }
  }
  return null;
}
