import "server-only";

/** A sheet export bigger than this is refused before it fills the memory of a web process. */
export const MAX_SHEET_BYTES = 20 * 1024 * 1024;
const TIMEOUT_MS = 30_000;

/** Why a sheet could not be read, in words the person who shared it can act on. */
export class SheetFetchError extends Error {
  override name = "SheetFetchError";
}

/**
 * Downloads a sheet's CSV export within a time and size limit. Google answers a sheet that is
 * not shared publicly with its sign-in page (HTML, status 200) rather than an error, so the
 * content type is checked as well as the status.
 */
export async function fetchSheetCsv(
  csvUrl: string,
  options: { timeoutMs?: number; maxBytes?: number } = {},
): Promise<Buffer> {
  const { timeoutMs = TIMEOUT_MS, maxBytes = MAX_SHEET_BYTES } = options;
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(csvUrl, { signal, redirect: "follow" });
  } catch (error) {
    throw new SheetFetchError(
      signal.aborted
        ? `Google Sheets did not answer within ${Math.round(timeoutMs / 1000)} seconds. Try again later.`
        : `Google Sheets could not be reached (${error instanceof Error ? error.message : "network error"}).`,
    );
  }
  if (response.status === 404) {
    throw new SheetFetchError("The sheet was not found. Check the link and that it still exists.");
  }
  if (response.status === 401 || response.status === 403) {
    throw new SheetFetchError(notShared);
  }
  if (!response.ok) {
    throw new SheetFetchError(`Google Sheets answered with an error (HTTP ${response.status}).`);
  }
  const type = response.headers.get("content-type") ?? "";
  if (type.includes("text/html")) throw new SheetFetchError(notShared);

  const declared = Number(response.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw tooBig(maxBytes);
  return readLimited(response, maxBytes, signal);
}

const notShared =
  'The sheet is not shared: in Google Sheets choose Share → General access → "Anyone with the link", then sync again.';

function tooBig(maxBytes: number) {
  return new SheetFetchError(
    `The sheet is larger than ${Math.round(maxBytes / 1024 / 1024)} MB. Download it as CSV and upload the file instead.`,
  );
}

async function readLimited(response: Response, maxBytes: number, signal: AbortSignal) {
  if (!response.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw tooBig(maxBytes);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof SheetFetchError) throw error;
    throw new SheetFetchError(
      signal.aborted
        ? "Google Sheets stopped sending the sheet before it was complete. Try again later."
        : "The connection to Google Sheets broke while reading the sheet. Try again.",
    );
  }
  return Buffer.concat(chunks);
}
