import "server-only";
import { detect } from "chardet";
import iconv from "iconv-lite";

/** How much of the file encoding detection looks at. */
export const SNIFF_BYTES = 64 * 1024;

/**
 * The encoding of a file from its first bytes: a byte-order mark when there is one, else
 * chardet's best guess. Returns an iconv-lite name ("utf-8", "utf-16le", "windows-1252", …).
 */
export function detectEncoding(sample: Uint8Array): string {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return "utf-8";
  if (sample[0] === 0xff && sample[1] === 0xfe) return "utf-16le";
  if (sample[0] === 0xfe && sample[1] === 0xff) return "utf-16be";
  const head = sample.subarray(0, SNIFF_BYTES);
  // Text that decodes as UTF-8 is UTF-8: statistical guesses mistake plain ASCII for a code page.
  if (isUtf8(head)) return "utf-8";
  return normalizeEncoding(detect(head));
}

function isUtf8(bytes: Uint8Array): boolean {
  // The sample may end in the middle of a multi-byte character; drop that partial tail.
  let end = bytes.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const byte = bytes[end - back]!;
    if (byte < 0x80) break;
    if (byte >= 0xc0) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      if (back < length) end -= back;
      break;
    }
  }
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

/**
 * Maps a detected or requested encoding to one the decoder knows, defaulting to UTF-8.
 * ISO-8859-1 becomes windows-1252: spreadsheets on Windows write the latter, chardet often
 * reports the former, and they differ only in 0x80–0x9F, where windows-1252 has € and quotes
 * while ISO-8859-1 has invisible control codes no one puts in a CSV.
 */
export function normalizeEncoding(name: string | null | undefined): string {
  const lower = (name ?? "").trim().toLowerCase();
  if (!lower || lower === "ascii" || lower === "us-ascii" || lower === "utf8") return "utf-8";
  if (lower === "iso-8859-1" || lower === "latin1") return "windows-1252";
  return iconv.encodingExists(lower) ? lower : "utf-8";
}

/** Whether the decoder supports an encoding a person typed in. */
export function isSupportedEncoding(name: string): boolean {
  return iconv.encodingExists(name.trim().toLowerCase());
}
