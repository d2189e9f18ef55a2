import { UserError } from "@/lib/errors";

const SHEET_PATH = /^\/spreadsheets\/d\/([a-zA-Z0-9_-]{10,})(?:\/|$)/;

/**
 * The CSV export address of a shared Google Sheet, from the link people copy out of the
 * browser: `https://docs.google.com/spreadsheets/d/<id>/edit#gid=<gid>` becomes
 * `<base>/spreadsheets/d/<id>/export?format=csv&gid=<gid>`. The tab (gid) comes from the hash or
 * the query string; a link without one means the first tab (gid 0). `base` is Google's host in
 * production and a local fake in tests; links to that host are accepted too.
 */
export function sheetCsvUrl(sheetUrl: string, base: string): string {
  let url: URL;
  try {
    url = new URL(sheetUrl.trim());
  } catch {
    throw invalidLink();
  }
  const baseUrl = new URL(base);
  const hostOk = url.hostname === "docs.google.com" || url.host === baseUrl.host;
  const match = SHEET_PATH.exec(url.pathname);
  if (!hostOk || !match) throw invalidLink();
  const gid = gidOf(url);
  const exportUrl = new URL(`/spreadsheets/d/${match[1]}/export`, baseUrl);
  exportUrl.searchParams.set("format", "csv");
  exportUrl.searchParams.set("gid", gid);
  return exportUrl.toString();
}

function gidOf(url: URL): string {
  const fromHash = new URLSearchParams(url.hash.replace(/^#/, "")).get("gid");
  const gid = fromHash ?? url.searchParams.get("gid") ?? "0";
  if (!/^\d+$/.test(gid)) throw invalidLink();
  return gid;
}

function invalidLink() {
  return new UserError(
    "Paste the link of a Google Sheet, like https://docs.google.com/spreadsheets/d/…/edit#gid=0.",
    { fieldErrors: { sheetUrl: ["This is not a Google Sheets link."] } },
  );
}
