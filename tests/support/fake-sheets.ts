import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A stand-in for Google Sheets' CSV export (`/spreadsheets/d/<id>/export?format=csv&gid=<gid>`):
 * point GOOGLE_SHEETS_BASE_URL at it and publish sheets with `publish`. Unknown sheets answer
 * 404; `publish` can also answer as a private sheet does (Google's HTML sign-in page).
 */

export type FakeSheet =
  | { csv: string }
  | { status: number; body?: string; contentType?: string }
  /** What Google answers for a sheet not shared with "Anyone with the link". */
  | { private: true };

export interface FakeSheets {
  url: string;
  /** Serves `sheet` for this spreadsheet id and tab. */
  publish(id: string, gid: string, sheet: FakeSheet): void;
  /** The link a person would paste for that tab (on Google's host). */
  shareLink(id: string, gid: string): string;
  /** Export requests received per `<id>#<gid>`. */
  requests(id: string, gid: string): number;
  stop(): Promise<void>;
}

const SIGN_IN_PAGE =
  "<!DOCTYPE html><html><head><title>Google Sheets: Sign-in</title></head><body>Sign in</body></html>";

export async function startFakeSheets({ port = 0 }: { port?: number } = {}): Promise<FakeSheets> {
  const sheets = new Map<string, FakeSheet>();
  const counts = new Map<string, number>();

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://fake-sheets");
    const match = /^\/spreadsheets\/d\/([^/]+)\/export$/.exec(url.pathname);
    const key = match ? `${match[1]}#${url.searchParams.get("gid") ?? "0"}` : "";
    if (!match || req.method !== "GET" || url.searchParams.get("format") !== "csv") {
      res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const sheet = sheets.get(key);
    if (!sheet) {
      res.writeHead(404, { "content-type": "text/html" }).end("<html>Not found</html>");
    } else if ("csv" in sheet) {
      res.writeHead(200, { "content-type": "text/csv; charset=utf-8" }).end(sheet.csv);
    } else if ("private" in sheet) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(SIGN_IN_PAGE);
    } else {
      res
        .writeHead(sheet.status, { "content-type": sheet.contentType ?? "text/plain" })
        .end(sheet.body ?? "");
    }
  });

  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    publish: (id, gid, sheet) => void sheets.set(`${id}#${gid}`, sheet),
    shareLink: (id, gid) => `https://docs.google.com/spreadsheets/d/${id}/edit#gid=${gid}`,
    requests: (id, gid) => counts.get(`${id}#${gid}`) ?? 0,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
